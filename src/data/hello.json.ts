import {double} from "../lib/survival/hello.js";
process.stdout.write(JSON.stringify([{x: 1, y: double(1)}, {x: 2, y: double(2)}]));
