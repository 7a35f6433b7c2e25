package id.canting.allocation.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import id.canting.allocation.AllocationOrderId;
import id.canting.allocation.internal.progress.PlanWorkbook;
import id.canting.shared.Actor;
import id.canting.shared.web.FileDownload;

/** The plan workbook as a download, shared by the dashboard page and the API. */
final class PlanFiles {

	private PlanFiles() {
	}

	static ResponseEntity<byte[]> workbook(PlanWorkbook workbook, Actor actor, AllocationOrderId id, Locale language)
			throws IOException {
		String name = workbook.filename(actor, id);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(actor, id, language, out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(FileDownload.XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(out.toByteArray());
	}
}
