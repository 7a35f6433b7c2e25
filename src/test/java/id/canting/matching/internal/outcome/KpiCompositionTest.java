package id.canting.matching.internal.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.canting.event.EventCode;
import id.canting.matching.BuyerType;
import id.canting.matching.MeetingStatus;
import id.canting.matching.internal.outcome.KpiComposition.MeetingFact;
import id.canting.matching.internal.outcome.KpiComposition.Party;
import id.canting.matching.internal.outcome.KpiComposition.RequestFact;
import id.canting.matching.internal.outcome.MatchingKpis.Figures;
import id.canting.matching.internal.outcome.MatchingKpis.Line;
import id.canting.registry.ProductCategory;

/** The KPIs counted from plain facts: totals, by the seller's province and categories, by buyer type. */
class KpiCompositionTest {

	static final LocalDateTime SLOT = LocalDateTime.of(2024, 10, 3, 9, 0);

	static final Map<Long, Party> PARTIES = Map.of(
			1L, new Party(1, "PT Hotel Bali", null, BuyerType.HOTEL, Set.of()),
			2L, new Party(2, "CV Seragam", null, BuyerType.HAJJ_UNIFORM, Set.of()),
			10L, new Party(10, "Batik Pekalongan", "33", null, Set.of(ProductCategory.FABRIC, ProductCategory.CLOTHING)),
			11L, new Party(11, "Batik Madura", "35", null, Set.of(ProductCategory.FABRIC)));

	static MatchingKpis kpis() {
		List<RequestFact> requests = List.of(new RequestFact(1, 10), new RequestFact(1, 11), new RequestFact(2, 10),
				new RequestFact(2, 11));
		List<MeetingFact> meetings = List.of(
				new MeetingFact(100, 1, 10, MeetingStatus.HELD, true, false, SLOT, 3, null),
				new MeetingFact(101, 2, 10, MeetingStatus.NO_SHOW, true, false, SLOT.plusMinutes(20), null, "A1"),
				new MeetingFact(102, 2, 11, MeetingStatus.CANCELLED, true, false, null, null, null),
				new MeetingFact(103, 1, 11, MeetingStatus.HELD, false, true, SLOT.plusMinutes(40), 1, null),
				new MeetingFact(104, 2, 11, MeetingStatus.ACCEPTED, false, false, null, null, null));
		return KpiComposition.compose(new EventCode("HBN-2024"), "HBN", PARTIES, requests, meetings,
				Map.of(100L, 12_000_000L, 103L, 3_000_000L), code -> code.equals("33") ? "Jawa Tengah" : "Jawa Timur",
				key -> key, Instant.EPOCH);
	}

	@Test
	void totalsCountEachRequestAndMeetingOnce() {
		Figures t = kpis().totals();
		assertThat(t.requested()).isEqualTo(4);
		assertThat(t.accepted()).isEqualTo(3);
		assertThat(t.placed()).isEqualTo(3);
		assertThat(t.held()).isEqualTo(2);
		assertThat(t.noShows()).isEqualTo(1);
		assertThat(t.walkIns()).isEqualTo(1);
		assertThat(t.deals()).isEqualTo(2);
		assertThat(t.dealValueIdr()).isEqualTo(15_000_000L);
		assertThat(t.heldPercent()).isEqualTo(66.7);
	}

	@Test
	void breakdownsGoByTheSellersProvinceAndCategoriesAndTheBuyersType() {
		MatchingKpis k = kpis();
		assertThat(k.byProvince()).extracting(Line::key).containsExactly("33", "35");
		Figures jateng = k.byProvince().get(0).figures();
		assertThat(jateng.requested()).isEqualTo(2);
		assertThat(jateng.placed()).isEqualTo(2);
		assertThat(jateng.dealValueIdr()).isEqualTo(12_000_000L);
		assertThat(k.byProvince().get(0).name()).isEqualTo("Jawa Tengah");
		// a seller offering fabric and clothing counts under both
		Figures fabric = k.byCategory().stream().filter(l -> l.key().equals("FABRIC")).findFirst().orElseThrow().figures();
		Figures clothing = k.byCategory().stream().filter(l -> l.key().equals("CLOTHING")).findFirst().orElseThrow().figures();
		assertThat(fabric.placed()).isEqualTo(3);
		assertThat(clothing.placed()).isEqualTo(2);
		Figures hotel = k.byBuyerType().stream().filter(l -> l.key().equals("HOTEL")).findFirst().orElseThrow().figures();
		assertThat(hotel.held()).isEqualTo(2);
		assertThat(hotel.dealValueIdr()).isEqualTo(15_000_000L);
		assertThat(k.byBuyerType()).hasSize(BuyerType.values().length);
	}

	@Test
	void theMeetingListNamesCompaniesAndPlacesInSlotOrder() {
		List<MatchingKpis.MeetingLine> list = kpis().meetings();
		assertThat(list).extracting(MatchingKpis.MeetingLine::id).containsExactly(100L, 101L, 103L, 102L, 104L);
		assertThat(list.get(0).tableNo()).isEqualTo(3);
		assertThat(list.get(1).booth()).isEqualTo("A1");
		assertThat(list.get(0).buyer()).isEqualTo("PT Hotel Bali");
		assertThat(list.get(0).sellerProvince()).isEqualTo("Jawa Tengah");
		assertThat(list.get(0).dealValueIdr()).isEqualTo(12_000_000L);
		assertThat(list.get(3).slotStart()).isNull();
	}
}
