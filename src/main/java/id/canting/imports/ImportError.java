package id.canting.imports;

import java.util.List;

/**
 * One problem in a file: the row number as a spreadsheet shows it (the header is row 1), the column
 * header, the value found, and the rule as a message key with its arguments.
 */
public record ImportError(int rowNumber, String column, String value, String messageKey, List<String> arguments) {
}
