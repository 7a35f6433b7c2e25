package id.canting.event.exhibitor.internal.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.event.EventCode;
import id.canting.event.EventStatus;
import id.canting.event.EventView;
import id.canting.event.Events;
import id.canting.event.exhibitor.internal.Applicant;
import id.canting.event.exhibitor.internal.BoothNeed;
import id.canting.event.exhibitor.internal.BoothPlan;
import id.canting.event.exhibitor.internal.Booths;
import id.canting.event.exhibitor.internal.Criterion;
import id.canting.event.exhibitor.internal.Curation;
import id.canting.event.exhibitor.internal.CurationConstraints;
import id.canting.event.exhibitor.internal.ExhibitorApplication;
import id.canting.event.exhibitor.internal.ExhibitorApplications;
import id.canting.event.exhibitor.internal.ExhibitorInput;
import id.canting.event.exhibitor.internal.Proposal;
import id.canting.registry.IkmFilter;
import id.canting.registry.IkmKind;
import id.canting.registry.IkmSummary;
import id.canting.registry.ProductCategory;
import id.canting.registry.RecordStatus;
import id.canting.registry.RegistryQueries;
import id.canting.registry.Verification;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;
import id.canting.shared.Role;

/**
 * The demo's exhibitors (demo mode): for HBN-2024, 78 applications of regular IKM from exactly 10 of
 * the demo registry's 11 provinces and 4 of prison units, through the same facades as people: applied,
 * submitted, endorsed (3 declined) and scored by a curator with a seeded random; the curation is the
 * solver's proposal under the demo's constraints ({@link #CONSTRAINTS}: 26 booths, at least 10
 * provinces, 2 prison-unit places, category minimums, at most 2 per sentra), published, and the 26 get
 * booths on a 3 × 10 plan that keeps a sentra's exhibitors apart. The event open for exhibitors gets a
 * few applications in progress. Runs after the event module's demo events; skips an event it does not
 * find, and everything when exhibitor applications exist.
 */
@Component
@ConditionalOnBooleanProperty(name = "canting.demo.enabled", matchIfMissing = true)
public class DemoExhibitors {

	private static final Logger log = LoggerFactory.getLogger(DemoExhibitors.class);

	/** The demo's HBN 2024. */
	public static final EventCode HBN_2024 = new EventCode("HBN-2024");

	/** The demo curation's constraints. */
	public static final CurationConstraints CONSTRAINTS = new CurationConstraints(26, 10, 2,
			Map.of(ProductCategory.FABRIC, 12, ProductCategory.CLOTHING, 6, ProductCategory.ACCESSORY, 4), 2);

	/** Regular applicants per province (10 provinces; Sulawesi Tengah, 72, has none). */
	static final Map<String, Integer> PER_PROVINCE = perProvince();

	private static final Actor CURATOR = new Actor("admin", Role.ADMIN, null, Set.of());

	private final Events events;
	private final RegistryQueries registry;
	private final ExhibitorApplications applications;
	private final Curation curation;
	private final Booths booths;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;

	DemoExhibitors(Events events, RegistryQueries registry, ExhibitorApplications applications, Curation curation,
			Booths booths, JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.events = events;
		this.registry = registry;
		this.applications = applications;
		this.curation = curation;
		this.booths = booths;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	private static Map<String, Integer> perProvince() {
		Map<String, Integer> plan = new LinkedHashMap<>();
		plan.put("33", 14);
		plan.put("35", 12);
		plan.put("34", 10);
		plan.put("32", 9);
		plan.put("15", 8);
		plan.put("31", 6);
		plan.put("64", 5);
		plan.put("16", 5);
		plan.put("63", 5);
		plan.put("51", 4);
		return plan;
	}

	@EventListener(ContextRefreshedEvent.class)
	@Order(500)
	void loadOnFirstStart() {
		if (jdbc.sql("select count(*) from exhibitor_application").query(Long.class).single() > 0) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			events.find(HBN_2024).ifPresentOrElse(this::loadHbn2024,
					() -> log.info("Demo exhibitors: no event {} yet, none loaded for it", HBN_2024));
			events.list(EventStatus.OPEN_FOR_EXHIBITORS).stream().filter(EventView::hasExhibitorCall).findFirst()
				.ifPresent(this::loadOpenCall);
		});
	}

	/** Loads HBN-2024's applications, curation and booths; returns the published proposal. */
	public Proposal loadHbn2024(EventView event) {
		Random random = new Random(2024);
		List<ExhibitorApplication> submitted = new ArrayList<>();
		int n = 0;
		for (Map.Entry<String, Integer> province : PER_PROVINCE.entrySet()) {
			for (IkmSummary ikm : ikm(province.getKey(), IkmKind.REGULAR, province.getValue())) {
				submitted.add(apply(event, ikm, n++));
			}
		}
		for (IkmSummary ikm : prisonUnits(4)) {
			submitted.add(apply(event, ikm, n++));
		}
		int declined = 0;
		for (ExhibitorApplication application : submitted) {
			Actor officer = officerOf(application.provinceCode());
			if (declined < 3 && application.id().value() % 13 == 5 && !application.prisonUnit()) {
				applications.decline(officer, application.id(), "Produk yang diajukan bukan batik tulis atau cap (batik motif/printing).");
				declined++;
				continue;
			}
			applications.endorse(officer, application.id());
			Map<Criterion, Integer> points = new EnumMap<>(Criterion.class);
			for (Criterion criterion : Criterion.values()) {
				points.put(criterion, 4 + random.nextInt(7));
			}
			applications.score(CURATOR, application.id(), points);
		}
		Proposal proposal = curation.propose(CURATOR, event.code(), CONSTRAINTS).proposal();
		Set<Long> selected = proposal.selected().stream().map(Applicant::id).collect(Collectors.toSet());
		curation.publish(CURATOR, event.code(), CONSTRAINTS, selected);
		assignBooths(event, proposal.selected());
		log.info("Demo exhibitors: {} applications for {}, {} selected (score {}, {})", submitted.size(), event.code(),
				selected.size(), proposal.totalScore(), proposal.solverStatus());
		return proposal;
	}

	private ExhibitorApplication apply(EventView event, IkmSummary ikm, int n) {
		Set<ProductCategory> categories = n % 5 == 0 ? Set.of(ProductCategory.ACCESSORY, ProductCategory.FABRIC)
				: n % 3 == 0 ? Set.of(ProductCategory.CLOTHING, ProductCategory.FABRIC) : Set.of(ProductCategory.FABRIC);
		String products = categories.contains(ProductCategory.ACCESSORY)
				? "Kain batik tulis, tas dan dompet batik, selendang"
				: categories.contains(ProductCategory.CLOTHING) ? "Kain batik, kemeja dan blus batik siap pakai"
						: "Kain batik tulis dan cap, motif khas daerah";
		Set<BoothNeed> needs = n % 2 == 0 ? Set.of(BoothNeed.ELECTRICITY) : Set.of(BoothNeed.ELECTRICITY, BoothNeed.MANNEQUIN);
		ExhibitorApplication application = applications.applyAsDemo(event, ikm.id(),
				new ExhibitorInput(ikm.id(), products, categories, Set.of(), needs, null), "owner.demo");
		return applications.submitAsDemo(application, "owner.demo");
	}

	/** Booths A1… on a 3 × 10 plan, each exhibitor on the first booth with no neighbour of its sentra. */
	private void assignBooths(EventView event, List<Applicant> selected) {
		BoothPlan plan = booths.setPlan(CURATOR, event.code(), new BoothPlan(3, 10, true));
		Map<String, Long> sentraAt = new LinkedHashMap<>();
		Set<String> taken = new HashSet<>();
		List<Applicant> ordered = selected.stream()
			.sorted(Comparator.comparing(Applicant::provinceCode).thenComparing(Applicant::ikmName)).toList();
		for (Applicant exhibitor : ordered) {
			String booth = plan.labels().stream().filter(label -> !taken.contains(label))
				.filter(label -> exhibitor.sentraId() == null || plan.neighbours(label).stream()
					.noneMatch(next -> Objects.equals(sentraAt.get(next), exhibitor.sentraId())))
				.findFirst().orElseThrow();
			booths.assign(CURATOR, new id.canting.event.exhibitor.ExhibitorApplicationId(exhibitor.id()), booth);
			taken.add(booth);
			if (exhibitor.sentraId() != null) {
				sentraAt.put(booth, exhibitor.sentraId());
			}
		}
	}

	/** A few applications in progress for the open call: a draft, two submitted, one endorsed (not in province 33, the demo owner's). */
	private void loadOpenCall(EventView event) {
		List<IkmSummary> ikm = new ArrayList<>(ikm("35", IkmKind.REGULAR, 2));
		ikm.addAll(ikm("34", IkmKind.REGULAR, 1));
		ikm.addAll(ikm("32", IkmKind.REGULAR, 1));
		for (int i = 0; i < ikm.size(); i++) {
			IkmSummary one = ikm.get(i);
			ExhibitorApplication application = applications.applyAsDemo(event, one.id(), new ExhibitorInput(one.id(),
					"Kain batik tulis pewarna alam", Set.of(ProductCategory.FABRIC), Set.of(), Set.of(BoothNeed.ELECTRICITY),
					null), "owner.demo");
			if (i > 0) {
				application = applications.submitAsDemo(application, "owner.demo");
			}
			if (i == 3) {
				applications.endorse(officerOf(application.provinceCode()), application.id());
			}
		}
		log.info("Demo exhibitors: {} applications in progress for {}", ikm.size(), event.code());
	}

	private List<IkmSummary> ikm(String province, IkmKind kind, int count) {
		IkmFilter filter = new IkmFilter(province, null, null, null, null, null, kind, RecordStatus.ACTIVE, null, null,
				null, Verification.VERIFIED);
		List<IkmSummary> all = registry.ikm(Actor.SYSTEM, filter, new PageRequest(0, 500, "name", true)).content();
		List<IkmSummary> chosen = new ArrayList<>();
		int step = Math.max(1, all.size() / Math.max(1, count));
		for (int i = 1; i < all.size() && chosen.size() < count; i += step) {
			chosen.add(all.get(i));
		}
		return chosen;
	}

	private List<IkmSummary> prisonUnits(int count) {
		IkmFilter filter = new IkmFilter(null, null, null, null, null, null, IkmKind.PRISON_UNIT, RecordStatus.ACTIVE,
				null, null, null, null);
		return registry.ikm(Actor.SYSTEM, filter, new PageRequest(0, 50, "name", true)).content().stream()
			.filter(ikm -> PER_PROVINCE.containsKey(ikm.provinceCode())).limit(count).toList();
	}

	private static Actor officerOf(String province) {
		return new Actor("officer." + province, Role.OFFICER, province, Set.of());
	}
}
