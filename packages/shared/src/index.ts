export * from './errors';
export * from './schemas/auth';
export * from './schemas/catalogue';
export * from './schemas/collaboration';
export * from './schemas/common';
export * from './schemas/organisations';
export * from './schemas/people';
export * from './schemas/posts';
