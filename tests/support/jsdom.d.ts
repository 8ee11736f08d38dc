// jsdom ships no types and @types/jsdom is not installed: the little page-truth.ts uses.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string);
    readonly window: { document: Document };
    serialize(): string;
  }
}
