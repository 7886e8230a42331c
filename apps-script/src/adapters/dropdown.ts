// The one kind of dropdown the client makes: a list rule that warns (allowInvalid) rather than refusing a paste.
export function listRule(options: readonly string[]): GoogleAppsScript.Spreadsheet.DataValidation {
  return SpreadsheetApp.newDataValidation()
    .requireValueInList([...options], true)
    .setAllowInvalid(true)
    .setHelpText('请从下拉列表中选择')
    .build();
}
