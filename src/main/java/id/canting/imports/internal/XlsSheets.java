package id.canting.imports.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams XLS (BIFF8, Excel 97–2003) with POI's HSSF event API, record by record, instead of building
 * an {@code HSSFWorkbook}: the usermodel keeps every cell of every sheet as objects, several times the
 * file's size, which for a 200 MB upload would be gigabytes of heap. The event API holds only the
 * shared strings table (bounded by the file size, as BIFF is not compressed) and the current row.
 * Small numbers stored as RK/MulRK records reach us as {@link NumberRecord}s (POI converts them).
 */
final class XlsSheets implements SheetVisitor.Source {

	private static final Logger log = LoggerFactory.getLogger(XlsSheets.class);

	private final SpreadsheetLimits limits;

	XlsSheets(SpreadsheetLimits limits) {
		this.limits = limits;
	}

	@Override
	public void visit(Path file, SheetVisitor visitor) throws IOException, UnreadableFileException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			HSSFRequest request = new HSSFRequest();
			request.addListenerForAllRecords(new Listener(visitor));
			new HSSFEventFactory().processWorkbookEvents(request, fs);
		}
		catch (Stop e) {
			// the visitor needs nothing more from this workbook
		}
		catch (SheetVisitor.PassThrough e) {
			throw e;
		}
		catch (EncryptedDocumentException e) {
			throw new UnreadableFileException("import.file.encrypted");
		}
		catch (Exception e) {
			throw FormatSniffer.refusalOf(e, limits, log);
		}
	}

	/** Ends the record stream early (the event API has no other way from a plain listener). */
	private static final class Stop extends RuntimeException {

		Stop() {
			super(null, null, false, false);
		}
	}

	private static final class Listener implements HSSFListener {

		private final SheetVisitor visitor;

		/** Tracks FORMAT and XF records, so a numeric cell's format (date or not) is known. */
		private final FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(record -> {
		}, Locale.US);

		private final DataFormatter formatter = new DataFormatter(Locale.US);

		private final List<BoundSheetRecord> boundSheets = new ArrayList<>();

		private BoundSheetRecord[] sheetsInStreamOrder;

		private SSTRecord strings;

		private boolean date1904;

		/** Nesting of BOF..EOF substreams: 1 inside a sheet, 2 inside a chart embedded in it. */
		private int depth;

		private int sheetInStream = -1;

		private boolean wanted;

		private int currentRow = -1;

		private RowCells cells;

		/** A formula whose text result follows in the next STRING record. */
		private int pendingStringColumn = -1;

		Listener(SheetVisitor visitor) {
			this.visitor = visitor;
		}

		@Override
		public void processRecord(Record record) {
			formats.processRecord(record);
			switch (record.getSid()) {
				case BoundSheetRecord.sid -> boundSheets.add((BoundSheetRecord) record);
				case DateWindow1904Record.sid -> date1904 = ((DateWindow1904Record) record).getWindowing() == 1;
				case SSTRecord.sid -> strings = (SSTRecord) record;
				case BOFRecord.sid -> begin((BOFRecord) record);
				case EOFRecord.sid -> end();
				default -> {
					if (wanted && depth == 1) {
						cell(record);
					}
				}
			}
		}

		private void begin(BOFRecord bof) {
			if (depth++ != 0 || bof.getType() == BOFRecord.TYPE_WORKBOOK) {
				return;
			}
			if (sheetsInStreamOrder == null) {
				sheetsInStreamOrder = BoundSheetRecord.orderByBofPosition(boundSheets);
			}
			sheetInStream++;
			if (!visitor.wantsMoreSheets()) {
				throw new Stop();
			}
			if (sheetInStream >= sheetsInStreamOrder.length) {
				return;
			}
			BoundSheetRecord sheet = sheetsInStreamOrder[sheetInStream];
			boolean visible = !sheet.isHidden() && !sheet.isVeryHidden();
			wanted = visible && bof.getType() == BOFRecord.TYPE_WORKSHEET
					&& visitor.sheet(boundSheets.indexOf(sheet), sheet.getSheetname());
			currentRow = -1;
			cells = null;
		}

		private void end() {
			if (--depth == 0 && wanted) {
				flushRow();
				wanted = false;
			}
		}

		private void cell(Record record) {
			if (record instanceof StringRecord text) {
				if (pendingStringColumn >= 0) {
					cells.set(pendingStringColumn, Cell.text(text.getString()));
					pendingStringColumn = -1;
				}
				return;
			}
			if (!(record instanceof CellValueRecordInterface value)) {
				return;
			}
			if (value.getRow() != currentRow) {
				flushRow();
				if (!wanted) {
					return;
				}
				currentRow = value.getRow();
				cells = new RowCells();
			}
			int column = value.getColumn();
			if (record instanceof LabelSSTRecord label) {
				cells.set(column, Cell.text(strings.getString(label.getSSTIndex()).getString()));
			}
			else if (record instanceof LabelRecord label) {
				cells.set(column, Cell.text(label.getValue()));
			}
			else if (record instanceof NumberRecord number) {
				cells.set(column, numeric(number.getValue(), value));
			}
			else if (record instanceof BoolErrRecord boolErr) {
				cells.set(column, boolErr.isBoolean() ? Cell.text(boolErr.getBooleanValue() ? "TRUE" : "FALSE")
						: Cell.text(FormulaError.forInt(boolErr.getErrorValue()).getString()));
			}
			else if (record instanceof FormulaRecord formula) {
				formula(column, formula);
			}
		}

		private void formula(int column, FormulaRecord formula) {
			CellType result = formula.getCachedResultTypeEnum();
			switch (result) {
				case NUMERIC -> cells.set(column, numeric(formula.getValue(), formula));
				case STRING -> pendingStringColumn = column;
				case BOOLEAN -> cells.set(column, Cell.text(formula.getCachedBooleanValue() ? "TRUE" : "FALSE"));
				case ERROR -> cells.set(column, Cell.text(FormulaError.forInt(formula.getCachedErrorValue()).getString()));
				default -> {
				}
			}
		}

		private Cell numeric(double number, CellValueRecordInterface record) {
			return SpreadsheetNumbers.numeric(number, formats.getFormatIndex(record), formats.getFormatString(record),
					date1904, formatter);
		}

		/** Hands over the row collected so far; a visitor that wants no more rows stops this sheet. */
		private void flushRow() {
			if (cells != null && !cells.isBlank() && !visitor.row(currentRow + 1, cells.list())) {
				wanted = false;
			}
			cells = null;
		}
	}
}
