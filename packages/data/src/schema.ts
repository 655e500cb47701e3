// The zod schemas behind the types and the JSON Schemas, for validating records of your own.
export * from './schema/index.js';
