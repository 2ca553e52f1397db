export * from './common';
export * from './topic';
export * from './source';
export * from './record';
export * from './briefing';
export * from './template';
export * from './trash';
export * from './library';
