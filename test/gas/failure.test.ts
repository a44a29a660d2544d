import { explainFailure } from '../../src/gas/failure';
import { uiText } from '../../src/core/messages/sheets';

describe('a failure told in words', () => {
  test.each([
    ['You do not have permission to call DriveApp.getFileById. Required permissions: https://www.googleapis.com/auth/drive', uiText.causePermission()],
    ['Exceeded maximum execution time', uiText.causeTime()],
    ['Service invoked too many times for one day: spreadsheets.', uiText.causeQuota()],
    ['You are trying to edit a protected cell or object.', uiText.causeProtected()],
    ['No item with the given ID could be found.', uiText.causeMissing()],
    ['The coordinates of the range are outside the dimensions of the sheet.', uiText.causeShape()],
    ['Service error: Spreadsheets', uiText.causeService()],
    ['something nobody foresaw', uiText.causeUnknown()],
  ])('%s', (message, words) => {
    expect(explainFailure(new Error(message))).toBe(words);
  });

  test('never the technical text itself', () => {
    expect(explainFailure(new TypeError("Cannot read properties of undefined (reading 'getRange')"))).toBe(uiText.causeUnknown());
    expect(explainFailure(undefined)).toBe(uiText.causeUnknown());
  });
});
