package id.canting.registry.web.sentra;

import java.time.Instant;

/**
 * A sentra as the API returns it. {@code belowMinimumMembers} warns that it has fewer than five
 * active IKM members (not an error: data arrive over time).
 */
public record SentraResponse(long id, String code, String name, String regencyCode, String regencyName, String provinceCode,
		String provinceName, String address, Integer yearEstablished, String revitalisation,
		Integer revitalisationYear, String notes, String status, int activeMembers, boolean belowMinimumMembers,
		Instant createdAt, Instant updatedAt, int version) {
}
