export const TEMPLATE_DB = "countersign_template";
/** Set by the global setup for the test workers: the server's maintenance database URL. */
export const ADMIN_URL_VAR = "COUNTERSIGN_TEST_ADMIN_URL";
