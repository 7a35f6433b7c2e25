package id.canting.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the corpus workbooks "as Excel does": what an official types into Excel is stored the way
 * Excel stores it — numbers as numeric cells shown with "#,##0", a phone or NIB typed as a number (so
 * its leading zero is gone), a year typed into a date-formatted column (2015 shown as 07/07/1905), a
 * month typed as a date, regency 33.10 typed as the number 33.1, title rows and a merged banner above
 * the header, an instructions sheet first, a hidden sheet. Run by {@code make-corpus.sh}; the files are
 * kept in src/test/resources/imports/corpus, with what each must give in expected.json.
 * <p>
 * Only POI and the JDK are used, so the script can run this file directly with {@code java}.
 */
public final class CorpusWorkbooks {

	static final List<String> IKM_ID = List.of("ID Canting", "NIB", "Nama IKM", "Nama pemilik", "Jenis kelamin pemilik",
			"Alamat", "Kabupaten/kota", "Kode sentra", "Jenis unit", "Teknik", "Kategori produk", "Pewarna",
			"Tenaga kerja laki-laki", "Tenaga kerja perempuan", "Kapasitas per bulan", "Investasi (Rp)", "Tahun berdiri",
			"Telepon", "Email");

	static final List<String> IKM_EN = List.of("Canting ID", "NIB", "IKM name", "Owner name", "Owner gender", "Address",
			"Regency/city", "Sentra code", "Kind of unit", "Techniques", "Product categories", "Dyes", "Male workers",
			"Female workers", "Capacity per month", "Investment (IDR)", "Year founded", "Phone", "Email");

	static final List<String> TRADE_ID = List.of("Bulan", "Kode HS", "Negara tujuan", "Nilai (USD)", "Berat bersih (kg)",
			"Sumber");

	static final List<String> TRADE_EN = List.of("Month", "HS code", "Destination country", "Value (USD)",
			"Net weight (kg)", "Source");

	/** A blank cell: the column left empty. */
	static final Object BLANK = null;

	private CorpusWorkbooks() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/imports/corpus");
		typedIndonesian(dir.resolve("excel-id-typed.xlsx"));
		layout(dir.resolve("excel-id-layout.xlsx"));
		twoDataSheets(dir.resolve("excel-two-sheets.xlsx"));
		englishLabels(dir.resolve("excel-en-labels.xlsx"));
		copiedRow(dir.resolve("excel-copied-row.xlsx"));
		tradeEnglishText(dir.resolve("excel-trade-en-text.xlsx"));
		tradeAmbiguous(dir.resolve("excel-trade-ambiguous.xlsx"));
		fakeDocx(dir.resolve("fake-docx.xlsx"));
	}

	/** Values typed into Indonesian Excel: numbers, dates and labels as Excel stores them. */
	static void typedIndonesian(Path file) throws IOException {
		try (var book = new Styled()) {
			Sheet sheet = book.sheet("Sheet1", IKM_ID);
			// the template's example row, kept by the official: ignored on import
			book.row(sheet, 1, "CONTOH", "1234567890123", "Batik Contoh", "Nama Pemilik", "Perempuan", "Jl. Contoh 1",
					"33.26 KABUPATEN PEKALONGAN", BLANK, "Usaha biasa", "Tulis, Cap", "Kain, Pakaian", "Pewarna alam", 2, 3,
					500, 1_250_000, 2015, "081234567890", "contoh@contoh.id");
			book.row(sheet, 2, BLANK, book.number(9199130000301L, "0"), " Uji Impor Excel\u00A0Satu\t", "Sri\tWahyuni",
					" perempuan ", "Jl. Kauman\u00A010", 33.1, BLANK, "Usaha biasa", "Tulis, Cap", "Kain, Pakaian", BLANK,
					book.number(2, "#,##0"), book.number(1250, "#,##0"), book.number(1000, "#,##0"),
					book.number(1_250_000, "#,##0"), book.yearInDateColumn(2015), 81234567812L, BLANK);
			// a blank row: empty cells, one holding only a non-breaking space
			book.row(sheet, 3, "", "\u00A0", BLANK, "");
			book.row(sheet, 4, BLANK, "9199130000302", "Uji Impor Excel Dua", "Ani", "FEMALE", BLANK,
					"KABUPATEN PEKALONGAN", BLANK, "COOPERATIVE", "KOMBINASI", "Kain", BLANK, 0, 3, BLANK,
					book.number(2_500_000, "#,##0"), "2003", "0812 3456 7803", BLANK);
			// a regency code typed as a number with three decimals: no code reads so
			book.row(sheet, 5, BLANK, "9199130000303", "Uji Impor Excel Tiga", "Tuti", "Perempuan", BLANK, 33.101, BLANK,
					"Usaha biasa", "Tulis", "Kain", BLANK, 1, 1, BLANK, 1_000_000, 2010, BLANK, BLANK);
			// workers must be whole: 2.5 is refused, never rounded
			book.row(sheet, 6, BLANK, "9199130000304", "Uji Impor Excel Empat", "Wati", "Perempuan", BLANK, "33.26",
					BLANK, "Usaha biasa", "Cap", "Kain", BLANK, 1, 2.5, BLANK, 1_000_000, 2012, BLANK, BLANK);
			book.write(file);
		}
	}

	/** Instructions sheet first, a hidden archive sheet with the same header, the data below a banner. */
	static void layout(Path file) throws IOException {
		try (var book = new Styled()) {
			Sheet help = book.workbook.createSheet("Petunjuk");
			book.row(help, 0, "Petunjuk pengisian");
			book.row(help, 1, "Isi data pada sheet Data mulai baris 5.");
			book.row(help, 2, "Kolom", "Keterangan");
			book.row(help, 3, "Jenis kelamin pemilik", "Perempuan atau Laki-laki");
			Sheet archive = book.sheet("Arsip 2023", IKM_ID);
			book.row(archive, 1, BLANK, "9199130000499", "Uji Impor Arsip Tersembunyi", "Lama", "Perempuan", BLANK, "33.26",
					BLANK, "Usaha biasa", "Tulis", "Kain", BLANK, 1, 1, BLANK, 1_000_000, BLANK, BLANK, BLANK);
			book.workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
			Sheet data = book.workbook.createSheet("Data");
			book.row(data, 0, "DATA IKM BATIK KABUPATEN PEKALONGAN");
			data.addMergedRegion(new CellRangeAddress(0, 0, 0, IKM_ID.size() - 1));
			book.row(data, 1, "Dinas Perindustrian, keadaan per 30 Juni 2024");
			book.row(data, 3, IKM_ID.toArray());
			book.row(data, 4, BLANK, "9199130000401", "Uji Impor Tata Letak Satu", "Yuni", "Perempuan", BLANK, "33.26",
					BLANK, "Usaha biasa", "Tulis", "Kain", BLANK, 1, 4, BLANK, book.number(2_000_000, "#,##0"), 2018,
					BLANK, BLANK);
			book.row(data, 5, BLANK, "9199130000402", "Uji Impor Tata Letak Dua", "Joko", "Laki-laki", BLANK, "33.26",
					BLANK, "Usaha biasa", "Cap", "Pakaian", BLANK, 5, 0, BLANK, book.number(3_000_000, "#,##0"), 2019,
					BLANK, BLANK);
			book.workbook.setActiveSheet(2);
			book.workbook.setFirstVisibleTab(2);
			book.write(file);
		}
	}

	/** Two visible sheets with the IKM header: the official must say which one to import. */
	static void twoDataSheets(Path file) throws IOException {
		try (var book = new Styled()) {
			int row = 0;
			for (String regency : List.of("33.26", "33.75")) {
				Sheet sheet = book.sheet(regency.equals("33.26") ? "Kab Pekalongan" : "Kota Pekalongan", IKM_ID);
				book.row(sheet, 1, BLANK, "919913000070" + ++row, "Uji Impor Dua Sheet " + row, "Ika", "Perempuan",
						BLANK, regency, BLANK, "Usaha biasa", "Tulis", "Kain", BLANK, 1, 1, BLANK, 1_000_000, BLANK, BLANK,
						BLANK);
			}
			book.write(file);
		}
	}

	/** English headers and the English labels the pages show, typed in any case, and Indonesian ones too. */
	static void englishLabels(Path file) throws IOException {
		try (var book = new Styled()) {
			Sheet sheet = book.sheet("Sheet1", IKM_EN);
			book.row(sheet, 1, "EXAMPLE", "1234567890123", "Example Batik", "Owner Name", "Female", "1 Example St",
					"33.26 KABUPATEN PEKALONGAN", BLANK, "Regular business", "Tulis (hand-drawn)", "Fabric", BLANK, 1, 1,
					BLANK, 1_000_000, 2015, BLANK, BLANK);
			book.row(sheet, 2, BLANK, "9199130000801", "Uji Impor English One", "Mary", "Female", BLANK, "33.75", BLANK,
					"Prison unit", "Tulis (hand-drawn), Cap (stamped)", "Fabric, Clothing", "Natural dyes, Synthetic dyes",
					1, 2, BLANK, 1_000_000, 2016, BLANK, BLANK);
			book.row(sheet, 3, BLANK, "9199130000802", "Uji Impor English Two", "Kate", "FEMALE", BLANK, "33.75", BLANK,
					"regular BUSINESS", "tulis (HAND-DRAWN)", "Fashion accessories", BLANK, 1, 2, BLANK, 1_000_000, 2017,
					BLANK, BLANK);
			book.row(sheet, 4, BLANK, "9199130000803", "Uji Impor English Three", "Nina", "female ", BLANK, "33.75",
					BLANK, "Cooperative", "Kombinasi", "Kain, Pakaian", "Pewarna alam", 1, 2, BLANK, 1_000_000, 2018,
					BLANK, BLANK);
			book.write(file);
		}
	}

	/**
	 * An exported row copied to add a new business: the Canting ID of demo IKM 1 is left in, the new NIB
	 * and name typed over it. The row must be an error, never an overwrite of IKM 1.
	 */
	static void copiedRow(Path file) throws IOException {
		try (var book = new Styled()) {
			Sheet sheet = book.sheet("Sheet1", IKM_ID);
			book.row(sheet, 1, book.number(1, "0"), "9199130000501", "Uji Impor Salinan Baru", "Rahmi", "Perempuan",
					BLANK, "33.26", BLANK, "Usaha biasa", "Tulis", "Kain", BLANK, 1, 1, BLANK, 1_000_000, 2020, BLANK, BLANK);
			book.row(sheet, 2, BLANK, "9199130000502", "Uji Impor Salinan Lain", "Dian", "Perempuan", BLANK, "33.26",
					BLANK, "Usaha biasa", "Cap", "Kain", BLANK, 1, 1, BLANK, 1_000_000, 2021, BLANK, BLANK);
			book.write(file);
		}
	}

	/** English text numbers ("1,250.00" is 1250, never 1.25) and months typed as dates. */
	static void tradeEnglishText(Path file) throws IOException {
		try (var book = new Styled()) {
			Sheet sheet = book.sheet("Sheet1", TRADE_EN);
			book.row(sheet, 1, book.date(LocalDate.of(2031, 4, 1), "m/d/yyyy"), "5208.52.10", "JP", "1,250.00", "1,000.5",
					"UJI-EN");
			book.row(sheet, 2, book.date(LocalDate.of(2031, 5, 1), "m/d/yyyy"), "5208.52.10", "US", "2,500.50", "12",
					"UJI-EN");
			book.write(file);
		}
	}

	/** "1.250" in a decimal column with no other evidence of the notation: 1250 or 1.25, an error. */
	static void tradeAmbiguous(Path file) throws IOException {
		try (var book = new Styled()) {
			Sheet sheet = book.sheet("Sheet1", TRADE_ID);
			book.row(sheet, 1, "2031-06", "5208.52.10", "JP", "1.250", 3, "UJI-AMBIGU");
			book.row(sheet, 2, book.date(LocalDate.of(2031, 7, 1), "d/m/yyyy"), "5208.52.10", "US", 10, 1, "UJI-AMBIGU");
			book.row(sheet, 3, "2031-08", "5208.52.10", "NL", book.number(20, "#,##0.00"), 2, "UJI-AMBIGU");
			book.write(file);
		}
	}

	/** A Word document renamed to .xlsx: a zip, but not a spreadsheet. */
	static void fakeDocx(Path file) throws IOException {
		try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
			entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
					+ ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application"
					+ "/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-office"
					+ "document.wordprocessingml.document.main+xml\"/></Types>");
			entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://"
					+ "schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Daftar IKM</w:t>"
					+ "</w:r></w:p></w:body></w:document>");
		}
	}

	/**
	 * A hostile XLSX (made at test time, not stored): a small file whose shared strings expand to
	 * {@code expandedBytes}, like the 33 MB file that expanded to 1.8 GB and stopped a node.
	 * <p>
	 * The shared strings are one header, the same 8 kB string over and over, and the end of the list.
	 * Deflating all 600 MB at the best compression took the test run seconds of CPU, so the repeated
	 * part is deflated once, as one 64 kB stretch (longer than deflate's 32 kB window, so every stretch
	 * after the first is deflated against the very same window), and that block is written as often
	 * as needed: the file expands to exactly the bytes the plain loop would have written, and its
	 * CRC and sizes are those of that content.
	 */
	public static void hostileXlsx(Path file, long expandedBytes) throws IOException {
		Path template = Files.createTempFile("corpus-hostile", ".xlsx");
		try (var book = new Styled()) {
			Sheet sheet = book.sheet("Sheet1", IKM_ID);
			book.row(sheet, 1, BLANK, "9199130000901", "Uji Impor Bom");
			book.write(template);
		}
		try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(template));
				var out = new RawZip(Files.newOutputStream(file))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				if (e.getName().equals("xl/sharedStrings.xml")) {
					out.add(e.getName(), ExpandingStrings.deflated(expandedBytes));
				}
				else {
					out.add(e.getName(), Deflated.of(in.readAllBytes()));
				}
			}
		}
		finally {
			Files.deleteIfExists(template);
		}
	}

	/** Raw deflate data with the CRC-32 and length of what it inflates to. */
	private record Deflated(byte[] data, long crc, long size) {

		static Deflated of(byte[] content) {
			Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
			try {
				var out = new java.io.ByteArrayOutputStream();
				deflate(deflater, content, Deflater.NO_FLUSH, out);
				finish(deflater, out);
				var crc = new java.util.zip.CRC32();
				crc.update(content);
				return new Deflated(out.toByteArray(), crc.getValue(), content.length);
			}
			finally {
				deflater.end();
			}
		}

		static void deflate(Deflater deflater, byte[] input, int flush, java.io.ByteArrayOutputStream out) {
			deflater.setInput(input);
			byte[] buffer = new byte[64 * 1024];
			int n;
			do {
				n = deflater.deflate(buffer, 0, buffer.length, flush);
				out.write(buffer, 0, n);
			}
			while (n == buffer.length || !deflater.needsInput());
		}

		static void finish(Deflater deflater, java.io.ByteArrayOutputStream out) {
			deflater.finish();
			byte[] buffer = new byte[64 * 1024];
			while (!deflater.finished()) {
				out.write(buffer, 0, deflater.deflate(buffer));
			}
		}
	}

	/** The shared strings of {@link #hostileXlsx}: a header, one 8 kB string repeated, the end. */
	private static final class ExpandingStrings {

		static final byte[] HEAD = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
				+ "spreadsheetml/2006/main\"><si><t>ID Canting</t></si>").getBytes(StandardCharsets.US_ASCII);
		static final byte[] CHUNK = ("<si><t>" + "A".repeat(8_000) + "</t></si>").getBytes(StandardCharsets.US_ASCII);
		static final byte[] TAIL = "</sst>".getBytes(StandardCharsets.US_ASCII);
		/** Chunks per deflated stretch: 8 of 8 kB, more than the 32 kB deflate looks back. */
		static final int STRETCH = 8;

		static Deflated deflated(long expandedBytes) {
			long chunks = (expandedBytes + CHUNK.length - 1) / CHUNK.length;
			byte[] stretch = new byte[STRETCH * CHUNK.length];
			for (int i = 0; i < STRETCH; i++) {
				System.arraycopy(CHUNK, 0, stretch, i * CHUNK.length, CHUNK.length);
			}
			var crc = new java.util.zip.CRC32();
			crc.update(HEAD);
			for (long i = 0; i < chunks; i++) {
				crc.update(CHUNK);
			}
			crc.update(TAIL);
			Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
			try {
				var out = new java.io.ByteArrayOutputStream();
				Deflated.deflate(deflater, HEAD, Deflater.SYNC_FLUSH, out);
				long left = chunks;
				if (left >= 2 * STRETCH) {
					// the first stretch fills the window; the second is deflated against a window that is a
					// stretch's end, as is the window before every later one, so its bytes serve for all of them
					Deflated.deflate(deflater, stretch, Deflater.SYNC_FLUSH, out);
					var again = new java.io.ByteArrayOutputStream();
					Deflated.deflate(deflater, stretch, Deflater.SYNC_FLUSH, again);
					byte[] block = again.toByteArray();
					left -= STRETCH;
					for (; left >= STRETCH; left -= STRETCH) {
						out.write(block, 0, block.length);
					}
				}
				for (; left > 0; left--) {
					Deflated.deflate(deflater, CHUNK, Deflater.NO_FLUSH, out);
				}
				Deflated.deflate(deflater, TAIL, Deflater.NO_FLUSH, out);
				Deflated.finish(deflater, out);
				return new Deflated(out.toByteArray(), crc.getValue(),
						HEAD.length + chunks * CHUNK.length + TAIL.length);
			}
			finally {
				deflater.end();
			}
		}
	}

	/** A zip written entry by entry from data already deflated (ZipOutputStream deflates itself). */
	private static final class RawZip implements AutoCloseable {

		private final OutputStream out;
		private final java.io.ByteArrayOutputStream directory = new java.io.ByteArrayOutputStream();
		private long offset;
		private int entries;

		RawZip(OutputStream out) {
			this.out = out;
		}

		void add(String name, Deflated entry) throws IOException {
			byte[] encodedName = name.getBytes(StandardCharsets.UTF_8);
			var local = java.nio.ByteBuffer.allocate(30 + encodedName.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
			local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800).putShort((short) 8)
				.putShort((short) 0).putShort((short) 0x21).putInt((int) entry.crc()).putInt(entry.data().length)
				.putInt((int) entry.size()).putShort((short) encodedName.length).putShort((short) 0).put(encodedName);
			var central = java.nio.ByteBuffer.allocate(46 + encodedName.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
			central.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x0800)
				.putShort((short) 8).putShort((short) 0).putShort((short) 0x21).putInt((int) entry.crc())
				.putInt(entry.data().length).putInt((int) entry.size()).putShort((short) encodedName.length)
				.putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
				.putInt((int) offset).put(encodedName);
			out.write(local.array());
			out.write(entry.data());
			directory.write(central.array());
			offset += local.capacity() + entry.data().length;
			entries++;
		}

		@Override
		public void close() throws IOException {
			try (out) {
				directory.writeTo(out);
				var end = java.nio.ByteBuffer.allocate(22).order(java.nio.ByteOrder.LITTLE_ENDIAN);
				end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries)
					.putShort((short) entries).putInt(directory.size()).putInt((int) offset).putShort((short) 0);
				out.write(end.array());
			}
		}
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	/** A workbook with the few cell styles an official's Excel file has; values typed like Excel stores them. */
	static final class Styled implements AutoCloseable {

		final Workbook workbook = new XSSFWorkbook();

		/** A number shown with a display format, e.g. "#,##0" (Excel's thousands format). */
		record Formatted(double value, String format) {
		}

		/** A date cell with a display format. */
		record DateValue(LocalDate date, String format) {
		}

		Formatted number(double value, String format) {
			return new Formatted(value, format);
		}

		DateValue date(LocalDate date, String format) {
			return new DateValue(date, format);
		}

		/** A year typed into a column formatted as dates: Excel keeps 2015 as serial 2015, shown 07/07/1905. */
		Formatted yearInDateColumn(int year) {
			return new Formatted(year, "dd/mm/yyyy");
		}

		Sheet sheet(String name, List<String> header) {
			Sheet sheet = workbook.createSheet(name);
			row(sheet, 0, header.toArray());
			return sheet;
		}

		/** One row: Strings become text cells, numbers numeric cells (General), null leaves the cell out. */
		void row(Sheet sheet, int index, Object... values) {
			Row row = sheet.createRow(index);
			for (int i = 0; i < values.length; i++) {
				Object value = values[i];
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(i);
				if (value instanceof String text) {
					cell.setCellValue(text);
				}
				else if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				}
				else if (value instanceof Formatted formatted) {
					cell.setCellValue(formatted.value());
					cell.setCellStyle(style(formatted.format()));
				}
				else if (value instanceof DateValue date) {
					cell.setCellValue(date.date());
					cell.setCellStyle(style(date.format()));
				}
			}
		}

		private CellStyle style(String format) {
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat(format));
			return style;
		}

		void write(Path file) throws IOException {
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}

		@Override
		public void close() throws IOException {
			workbook.close();
		}
	}
}
