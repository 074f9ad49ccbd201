/** A fixed key for the tests' sensitive text (32 bytes of 0x42); never a real one. */
export const TEST_DATA_KEY = Buffer.alloc(32, 0x42).toString("base64");
