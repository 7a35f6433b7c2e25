package id.canting.registry.web.ikm;

import java.time.Instant;
import java.util.List;

/**
 * An IKM as the API returns it; can be sent back to PUT with changes. {@code pendingChange} is its
 * owner's change waiting for the office's review (null when none): until accepted, every other field
 * keeps the IKM's values.
 */
public record IkmResponse(long id, String nib, String name, String ownerName, String ownerGender, String address,
		String regencyCode, String regencyName, String provinceCode, String provinceName, Long sentraId,
		String sentraName, String kind, List<String> techniques, List<String> categories, List<String> dyes,
		int workersMale, int workersFemale, int workers, Integer capacityPerMonth, long investmentIdr,
		Integer yearFounded, String sizeClass, String status, String verification, String verifiedBy,
		Instant verifiedAt, String phone, String email, Instant createdAt, Instant updatedAt, int version,
		IkmChangeResponse pendingChange) {
}
