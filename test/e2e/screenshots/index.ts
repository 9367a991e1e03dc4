// Entry point VS Code loads as `extensionTestsPath` for `npm run screenshots`
// (runCodeServer.js --screenshots): the scenes, one mocha test per picture.
import { runMocha } from '../runMocha';

export function run(): Promise<void> {
  return runMocha('odmsg-screenshots', () => {
    require('./scenes.test');
  });
}
