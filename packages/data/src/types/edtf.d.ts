// edtf ships no types; this is the part the build uses.
declare module 'edtf' {
  export default function edtf(value: string): { min: number; max: number };
}
