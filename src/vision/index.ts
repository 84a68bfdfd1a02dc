// Public functions of this area are re-exported here.
export {};
