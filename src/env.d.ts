/** The course's identity, for client code; the build puts it in (see `courseDefine` in `src/course/config.ts`). */
declare const __COURSE__: import('./course/config.ts').CourseClientEnv;
