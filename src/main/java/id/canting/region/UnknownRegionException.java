package id.canting.region;

import id.canting.shared.NotFoundException;

/** No province or regency has the code asked for. */
public class UnknownRegionException extends NotFoundException {

	UnknownRegionException(String code) {
		super("region.unknown", code);
	}
}
