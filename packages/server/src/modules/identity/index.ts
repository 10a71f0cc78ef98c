export { can, assertCan, scopeFor, type Decision, type PolicyResource, type PolicyScope } from './policy/index.js';
