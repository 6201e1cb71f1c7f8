'use strict';
// 'inspector/promises': as 'inspector' (js/inspector.js), no inspector here.
require('inspector');
