package id.canting.registry.web.ikm;

import java.util.List;

import id.canting.registry.IkmInput;

/**
 * An IKM as the API receives it. Read-only fields that GET returns (names of regions, size class,
 * status, ...) are ignored, so a client can send back what it read with its changes.
 */
record IkmRequest(String nib, String name, String ownerName, String ownerGender, String address, String regencyCode,
		Long sentraId, String kind, List<String> techniques, List<String> categories, List<String> dyes,
		Integer workersMale, Integer workersFemale, Integer capacityPerMonth, Long investmentIdr, Integer yearFounded,
		String phone, String email, Integer version) {

	IkmInput toInput() {
		return new IkmInput(nib, name, ownerName, ownerGender, address, regencyCode, sentraId, kind, techniques,
				categories, dyes, workersMale, workersFemale, capacityPerMonth, investmentIdr, yearFounded, phone, email);
	}
}
