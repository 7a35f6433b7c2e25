package id.canting.matching.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.event.exhibitor.EventFixtures;
import id.canting.event.internal.EventManagement;
import id.canting.matching.BuyerType;
import id.canting.matching.ParticipantStatus;
import id.canting.matching.VolumeUnit;
import id.canting.matching.internal.BuyerProfile;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.MatchingParticipantRepository;
import id.canting.matching.internal.SellerProfile;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;

/**
 * An event's business matching for the recommendation tests: the demo {@code buyer} (wants cap fabric, 3,000
 * m/month), another buyer, the demo {@code owner}'s IKM as a seller that fits well, and two other IKM — one
 * making only tulis, one cap with little capacity. Approved unless said otherwise.
 */
final class RecommendationFixture {

	final String code;
	final long buyer;
	final long otherBuyer;
	final long ownerSeller;
	final long tulisSeller;
	final long smallSeller;
	final long ownerIkm;

	RecommendationFixture(String code, EventManagement events, MatchingParticipantRepository participants,
			JdbcClient jdbc, long ownerIkm) {
		this.code = code;
		this.ownerIkm = ownerIkm;
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
		EventFixtures.openCall(events, code, today.minusDays(1), today.plusDays(10));
		List<Long> others = jdbc.sql("select id from ikm where id <> :owner and status = 'ACTIVE' order by id limit 2")
			.param("owner", ownerIkm).query(Long.class).list();
		Instant now = Instant.now();
		buyer = approved(participants, MatchingParticipant.buyer(code, "buyer", new BuyerProfile("PT Seragam Nusantara",
				"Bu Rina", "rina@example.id", null, BuyerType.HAJJ_UNIFORM, "ID", "31", EnumSet.of(Technique.CAP),
				EnumSet.of(ProductCategory.FABRIC), 3000, VolumeUnit.METRE, 40_000L, 80_000L, false), now));
		otherBuyer = approved(participants, MatchingParticipant.buyer(code, "someone-else", new BuyerProfile("Toko Lain",
				"Pak Budi", null, null, BuyerType.RETAILER, "ID", "33", EnumSet.of(Technique.TULIS), Set.of(), null, null,
				null, null, false), now));
		ownerSeller = approved(participants, MatchingParticipant.seller(code, ownerIkm, "owner",
				seller("Batik Cap Pemilik", EnumSet.of(Technique.CAP), 5000, 50_000L, 70_000L), "A1",
				ParticipantStatus.APPROVED, now));
		tulisSeller = approved(participants, MatchingParticipant.seller(code, others.get(0), null,
				seller("Batik Tulis Lain", EnumSet.of(Technique.TULIS), 200, 300_000L, 900_000L), null,
				ParticipantStatus.APPROVED, now));
		smallSeller = approved(participants, MatchingParticipant.seller(code, others.get(1), null,
				seller("Batik Cap Kecil", EnumSet.of(Technique.CAP), 1500, 50_000L, 70_000L), null,
				ParticipantStatus.APPROVED, now));
	}

	private static SellerProfile seller(String name, Set<Technique> techniques, int capacity, long min, long max) {
		return new SellerProfile(name, "Pemilik", null, null, "33", techniques, EnumSet.of(ProductCategory.FABRIC),
				capacity, VolumeUnit.METRE, "Kain batik", min, max);
	}

	private static long approved(MatchingParticipantRepository participants, MatchingParticipant p) {
		if (p.status() != ParticipantStatus.APPROVED) {
			p = participants.save(p);
			p.approve("admin");
		}
		return participants.save(p).id().value();
	}
}
