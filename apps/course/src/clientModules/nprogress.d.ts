// the parts of nprogress 0.2 that src/clientModules/progressBarOnDemand.ts calls (the package ships no types)
declare module 'nprogress' {
  const nprogress: {
    configure(options: { showSpinner?: boolean }): unknown;
    start(): unknown;
    done(force?: boolean): unknown;
  };
  export default nprogress;
}
