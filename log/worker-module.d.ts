/** Vite's `?worker` import: the module built as a worker file, and a constructor for it. */
declare module '*?worker' {
  const WorkerConstructor: new (options?: { name?: string }) => Worker;
  export default WorkerConstructor;
}
