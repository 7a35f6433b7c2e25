package id.canting.registry;

import java.util.List;

/**
 * An IKM as a person or a file states it, before any rule has looked at it: the same shape for the
 * page form, the API and (later) the import of a spreadsheet row, so all three pass through the
 * one rule set in {@link IkmRules}. Field names are the ones errors name.
 */
public record IkmInput(String nib, String name, String ownerName, String ownerGender, String address,
		String regencyCode, Long sentraId, String kind, List<String> techniques, List<String> categories,
		List<String> dyes, Integer workersMale, Integer workersFemale, Integer capacityPerMonth, Long investmentIdr,
		Integer yearFounded, String phone, String email) {
}
