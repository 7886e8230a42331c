// SpreadsheetApp.newDataValidation(): the builder and the rules it builds (list criteria only).

export class FakeDataValidation {
  constructor(
    readonly criteria: string,
    readonly values: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  getCriteriaType() {
    return this.criteria;
  }
  getCriteriaValues() {
    return this.values;
  }
  getAllowInvalid() {
    return this.allowInvalid;
  }
  getHelpText() {
    return this.helpText;
  }
}

export class FakeDataValidationBuilder {
  private criteria = 'NONE';
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';
  requireValueInList(values: string[], showDropdown = true) {
    this.criteria = 'VALUE_IN_LIST';
    this.values = [[...values], showDropdown];
    return this;
  }
  setAllowInvalid(allow: boolean) {
    this.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string) {
    this.helpText = text;
    return this;
  }
  build() {
    return new FakeDataValidation(this.criteria, this.values, this.allowInvalid, this.helpText);
  }
}
