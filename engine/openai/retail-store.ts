/** Temporary (H2, issue 17): the retail store moved to the demo API; removed with the retail files. */
export * from '../../examples/retail-api/retail-store.js';
