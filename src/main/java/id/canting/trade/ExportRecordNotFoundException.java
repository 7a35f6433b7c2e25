package id.canting.trade;

import id.canting.shared.NotFoundException;

/** No export record has this id. */
public class ExportRecordNotFoundException extends NotFoundException {

	public ExportRecordNotFoundException(ExportRecordId id) {
		super("trade.export.not-found", id.value());
	}
}
