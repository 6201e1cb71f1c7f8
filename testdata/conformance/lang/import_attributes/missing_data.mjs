import x from 'data:application/json,{"k":2}' with { type: 'json' };
import y from 'data:application/json,{"k":3}';
export default x;
