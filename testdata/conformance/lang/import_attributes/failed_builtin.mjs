import fs from 'fs' with { type: 'json' };
export default fs;
