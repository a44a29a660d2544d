import { explainFailure } from '../../src/gas/failure';
import { ui } from '../../src/core/tracker/ui';

describe('a failure told in words', () => {
  test.each([
    ['You do not have permission to call DriveApp.getFileById. Required permissions: https://www.googleapis.com/auth/drive', ui.causePermission()],
    ['Exceeded maximum execution time', ui.causeTime()],
    ['Service invoked too many times for one day: spreadsheets.', ui.causeQuota()],
    ['You are trying to edit a protected cell or object.', ui.causeProtected()],
    ['No item with the given ID could be found.', ui.causeMissing()],
    ['The coordinates of the range are outside the dimensions of the sheet.', ui.causeShape()],
    ['Service error: Spreadsheets', ui.causeService()],
    ['something nobody foresaw', ui.causeUnknown()],
  ])('%s', (message, words) => {
    expect(explainFailure(new Error(message))).toBe(words);
  });

  test('never the technical text itself', () => {
    expect(explainFailure(new TypeError("Cannot read properties of undefined (reading 'getRange')"))).toBe(ui.causeUnknown());
    expect(explainFailure(undefined)).toBe(ui.causeUnknown());
  });
});
