/**
 * `node --require hook.cjs out/main/index.js`: resolves `require('electron')` to the recording
 * fake (electron.cjs) instead of the npm package (which only exports the path of a binary that is
 * not installed here).
 */
'use strict';
const Module = require('node:module');
const fake = require('./electron.cjs');

const load = Module._load;
Module._load = function loadWithFakeElectron(request, parent, isMain) {
  if (request === 'electron') return fake;
  return load.call(this, request, parent, isMain);
};
