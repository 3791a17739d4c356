/** The course's identity, for client code; the build puts it in (see `courseDefine` in `src/lib/course.ts`). */
declare const __COURSE__: import('./lib/course.ts').CourseClientEnv;
