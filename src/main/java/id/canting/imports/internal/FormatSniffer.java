package id.canting.imports.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.canting.imports.internal.SpreadsheetReader.Format;

/**
 * Decides what an upload is from its content, never its name, and refuses early what cannot be read:
 * a renamed DOCX or PDF, an encrypted workbook, a zip whose entries expand past the limit (checked by
 * inflating with a counter before any XML parser sees it, so a zip bomb costs at most the limit's
 * worth of inflating and never the heap).
 */
final class FormatSniffer {

	private static final Logger log = LoggerFactory.getLogger(FormatSniffer.class);

	private static final String ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

	/** The OLE2 streams that hold an XLS workbook (BIFF8); "Book" is Excel 95, which POI does not read. */
	private static final Set<String> XLS_STREAMS = Set.of("Workbook", "WORKBOOK", "workbook");

	private final SpreadsheetLimits limits;

	FormatSniffer(SpreadsheetLimits limits) {
		this.limits = limits;
	}

	Format sniff(Path file) throws IOException, UnreadableFileException {
		if (Files.size(file) == 0) {
			throw new UnreadableFileException("import.file.empty");
		}
		byte[] head = new byte[4096];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, head.length);
		}
		if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			return zipped(file);
		}
		if (read >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
				&& (head[3] & 0xFF) == 0xE0) {
			return ole2(file);
		}
		for (int i = 0; i < read; i++) {
			if (head[i] == 0) {
				throw notSpreadsheet();
			}
		}
		if (read >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
			throw notSpreadsheet();
		}
		requireUtf8(file);
		return Format.CSV;
	}

	private Format zipped(Path file) throws IOException, UnreadableFileException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Format format;
			if (zip.getEntry("xl/workbook.xml") != null) {
				format = Format.XLSX;
			}
			else if (ODS_MIMETYPE.equals(smallText(zip, "mimetype"))) {
				format = Format.ODS;
				String manifest = smallText(zip, "META-INF/manifest.xml");
				if (manifest != null && manifest.contains("encryption-data")) {
					throw new UnreadableFileException("import.file.encrypted");
				}
			}
			else {
				throw notSpreadsheet();
			}
			requireBoundedExpansion(zip);
			return format;
		}
		catch (ZipException e) {
			throw notSpreadsheet();
		}
	}

	/** Every entry must inflate to at most the limit: the declared size first, then by counting. */
	private void requireBoundedExpansion(ZipFile zip) throws IOException, UnreadableFileException {
		long limit = limits.maxExpandedBytes();
		for (ZipEntry entry : Collections.list(zip.entries())) {
			if (entry.getSize() > limit) {
				throw tooExpanded(limits);
			}
		}
		byte[] buffer = new byte[64 * 1024];
		for (ZipEntry entry : Collections.list(zip.entries())) {
			long total = 0;
			try (InputStream in = zip.getInputStream(entry)) {
				int n;
				while ((n = in.read(buffer)) > 0) {
					total += n;
					if (total > limit) {
						throw tooExpanded(limits);
					}
				}
			}
		}
	}

	private static String smallText(ZipFile zip, String name) throws IOException {
		ZipEntry entry = zip.getEntry(name);
		if (entry == null) {
			return null;
		}
		try (InputStream in = zip.getInputStream(entry)) {
			return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8).trim();
		}
	}

	private static Format ole2(Path file) throws IOException, UnreadableFileException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			var root = fs.getRoot();
			if (root.hasEntry("EncryptedPackage")) {
				// an XLSX saved with a password: Office wraps the encrypted zip in OLE2
				throw new UnreadableFileException("import.file.encrypted");
			}
			if (XLS_STREAMS.stream().noneMatch(root::hasEntry)) {
				throw notSpreadsheet();
			}
			requireNotEncrypted(fs);
			return Format.XLS;
		}
		catch (UnreadableFileException e) {
			throw e;
		}
		catch (IOException | RuntimeException e) {
			log.debug("Not a readable OLE2 file", e);
			throw notSpreadsheet();
		}
	}

	/** An XLS with a password has a FILEPASS record, which POI meets before the first record it hands out. */
	private static void requireNotEncrypted(POIFSFileSystem fs) throws IOException, UnreadableFileException {
		try {
			HSSFRequest request = new HSSFRequest();
			request.addListenerForAllRecords(new AbortableHSSFListener() {
				@Override
				public short abortableProcessRecord(Record record) {
					return 1;
				}
			});
			new HSSFEventFactory().abortableProcessWorkbookEvents(request, fs);
		}
		catch (EncryptedDocumentException e) {
			throw new UnreadableFileException("import.file.encrypted");
		}
		catch (org.apache.poi.hssf.eventusermodel.HSSFUserException e) {
			throw notSpreadsheet();
		}
	}

	private static void requireUtf8(Path file) throws IOException, UnreadableFileException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (Reader reader = new InputStreamReader(new BufferedInputStream(Files.newInputStream(file)), decoder)) {
			char[] buffer = new char[8192];
			while (reader.read(buffer) >= 0) {
				// reading is the check
			}
		}
		catch (CharacterCodingException e) {
			throw new UnreadableFileException("import.file.not-utf8");
		}
	}

	static UnreadableFileException notSpreadsheet() {
		return new UnreadableFileException("import.file.not-spreadsheet");
	}

	static UnreadableFileException tooExpanded(SpreadsheetLimits limits) {
		return new UnreadableFileException("import.file.too-expanded", String.valueOf(limits.maxExpandedMb()));
	}

	/**
	 * What a format library's failure means for the official: POI's own zip-bomb guard (inflate ratio)
	 * is "expands too far", a password is "encrypted", anything else is a file that is not the
	 * spreadsheet it looked like.
	 */
	static UnreadableFileException refusalOf(Exception failure, SpreadsheetLimits limits, Logger logger) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof EncryptedDocumentException) {
				return new UnreadableFileException("import.file.encrypted");
			}
			if (cause.getMessage() != null && cause.getMessage().contains("Zip bomb")) {
				return tooExpanded(limits);
			}
		}
		logger.debug("Spreadsheet could not be read", failure);
		return notSpreadsheet();
	}
}
