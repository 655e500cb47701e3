// the npm "datapackage" library (Frictionless, JavaScript) ships no types: what the tests use
declare module 'datapackage' {
  interface Resource {
    name: string;
    tabular: boolean;
    valid: boolean;
    errors: Error[];
    descriptor: Record<string, unknown>;
    read(options?: { keyed?: boolean; relations?: boolean; cast?: boolean }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
    descriptor: Record<string, unknown>;
  }
}
