package id.canting.shared.table;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streamed XLSX file (POI's SXSSF: only the last rows in memory, the rest in temporary files) and
 * its end: written out once finished, its temporary files deleted on close whether it was finished
 * or not. Shared by the table downloads and the registry's round-trip export.
 */
public final class StreamedWorkbook implements Closeable {

	private final SXSSFWorkbook workbook;
	private final OutputStream out;
	private boolean finished;

	public StreamedWorkbook(int rowsInMemory, OutputStream out) {
		this.workbook = new SXSSFWorkbook(rowsInMemory);
		this.out = out;
	}

	public SXSSFWorkbook workbook() {
		return workbook;
	}

	public void finish() throws IOException {
		workbook.write(out);
		out.flush();
		finished = true;
	}

	@Override
	public void close() throws IOException {
		if (!finished) {
			// close() alone would first shut the temporary files and then fail to flush the rows still held
			workbook.dispose();
		}
		workbook.close();
	}
}
