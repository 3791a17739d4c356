/** The course's identity, for client code; the build puts it in (see `courseDefine` in `src/course/config.ts`). */
declare const __COURSE__: import('./course/config.ts').CourseClientEnv;

/** Every diagram's figure, made by the diagram integration (see `DIAGRAM_FIGURES` in src/integrations/diagrams/index.ts). */
declare module 'virtual:course/diagram-figures' {
  export const diagrams: import('./integrations/diagrams/index.ts').DiagramFigure[];
  export const publicDir: string;
}
