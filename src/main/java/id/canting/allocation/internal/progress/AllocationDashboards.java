package id.canting.allocation.internal.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.allocation.AllocationOrderId;
import id.canting.allocation.internal.AllocationOrder;
import id.canting.allocation.internal.AllocationOrder.DeliveryPoint;
import id.canting.allocation.internal.AllocationOrderRepository;
import id.canting.allocation.internal.progress.AllocationDashboard.Behind;
import id.canting.allocation.internal.progress.AllocationDashboard.Line;
import id.canting.allocation.internal.progress.AllocationDashboard.OrderLine;
import id.canting.allocation.internal.progress.AllocationDashboard.Share;
import id.canting.allocation.internal.progress.AllocationDashboard.Totals;
import id.canting.allocation.internal.progress.PaceRule.Pace;
import id.canting.region.Province;
import id.canting.region.Regions;
import id.canting.registry.IkmId;
import id.canting.registry.IkmProfiles;
import id.canting.registry.IkmProfiles.IkmProfile;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.Role;
import id.canting.shared.web.Dates;

/**
 * Composes the allocation dashboards from the current confirmed plans and the reports: an order's, and
 * the one across every order the reader may see (ADMIN and OFFICER: all orders that have a confirmed
 * plan; BUYER: its own). Shares are of the allocated quantity; a producer counts once per order.
 */
@Service
@Transactional(readOnly = true)
public class AllocationDashboards {

	static final List<String> GROUPS = List.of("WOMEN_OWNED", "KECIL", "PRISON_UNIT");

	private final AllocationOrderRepository orders;
	private final ProgressFigures figures;
	private final IkmProfiles profiles;
	private final Regions regions;
	private final JdbcClient jdbc;
	private final Clock clock;

	AllocationDashboards(AllocationOrderRepository orders, ProgressFigures figures, IkmProfiles profiles,
			Regions regions, JdbcClient jdbc, Clock clock) {
		this.orders = orders;
		this.figures = figures;
		this.profiles = profiles;
		this.regions = regions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One order's dashboard. */
	public AllocationDashboard order(Actor actor, AllocationOrderId id) {
		AllocationOrder order = orders.findById(id.value()).orElseThrow(() -> ProgressAccess.notFound(id.value()));
		ProgressAccess.requireDashboardReader(actor, order);
		return compose(order.reference(), List.of(order), true);
	}

	/** Every order the reader may see, together. */
	public AllocationDashboard all(Actor actor) {
		List<Long> ids;
		if (actor.isAdmin() || actor.role() == Role.OFFICER) {
			ids = jdbc.sql("select distinct order_id from allocation_plan where status = 'CONFIRMED' order by order_id")
				.query(Long.class).list();
		}
		else if (actor.role() == Role.BUYER) {
			ids = jdbc.sql("""
					select distinct p.order_id from allocation_plan p join allocation_order o on o.id = p.order_id
					where p.status = 'CONFIRMED' and o.buyer_username = ? order by p.order_id""")
				.param(actor.username()).query(Long.class).list();
		}
		else {
			throw new ForbiddenException("allocation.progress.forbidden");
		}
		return compose(null, orders.findAllById(ids).stream().sorted(Comparator.comparing(AllocationOrder::id)).toList(),
				false);
	}

	private AllocationDashboard compose(String scope, List<AllocationOrder> chosen, boolean withPoints) {
		LocalDate today = LocalDate.now(clock.withZone(Dates.WIB));
		Map<String, String> provinceNames = new HashMap<>();
		regions.provinces().forEach((Province p) -> provinceNames.put(p.code(), p.name()));
		Map<Long, Map<IkmId, ProducerStanding>> standingsByOrder = new LinkedHashMap<>();
		Set<IkmId> everyone = new HashSet<>();
		for (AllocationOrder order : chosen) {
			Map<IkmId, ProducerStanding> standings = figures.standings(order.id());
			standingsByOrder.put(order.id(), standings);
			everyone.addAll(standings.keySet());
		}
		Map<IkmId, IkmProfile> profileOf = profiles.profiles(everyone);
		List<OrderLine> lines = new ArrayList<>();
		Map<String, long[]> byProvince = new LinkedHashMap<>(); // producers, allocated, delivered
		Map<String, long[]> groups = new LinkedHashMap<>(); // producers, quantity
		GROUPS.forEach(g -> groups.put(g, new long[2]));
		List<Line> points = new ArrayList<>();
		List<Behind> behind = new ArrayList<>();
		long[] total = new long[6];
		for (AllocationOrder order : chosen) {
			Map<IkmId, ProducerStanding> standings = standingsByOrder.get(order.id());
			LocalDate start = figures.paceStart(order);
			long allocated = 0, produced = 0, delivered = 0, producers = 0, late = 0;
			for (ProducerStanding s : standings.values()) {
				allocated += s.allocated();
				produced += s.produced();
				delivered += s.delivered();
				if (s.allocated() > 0) {
					producers++;
				}
				long[] p = byProvince.computeIfAbsent(s.provinceCode() == null ? "" : s.provinceCode(), k -> new long[3]);
				p[0] += s.allocated() > 0 ? 1 : 0;
				p[1] += s.allocated();
				p[2] += s.delivered();
				IkmProfile profile = profileOf.get(s.ikmId());
				if (profile != null && s.allocated() > 0) {
					count(groups.get("WOMEN_OWNED"), profile.womenOwned(), s.allocated());
					count(groups.get("KECIL"), profile.kecil(), s.allocated());
					count(groups.get("PRISON_UNIT"), profile.prisonUnit(), s.allocated());
				}
				Pace pace = PaceRule.of(s.allocated(), s.produced(), start, order.dueOn(), today);
				if (pace.behind()) {
					late++;
					behind.add(new Behind(order.id(), order.reference(), s.ikmId().value(),
							profile == null ? "#" + s.ikmId().value() : profile.name(), s.provinceCode(), s.allocated(),
							s.produced(), pace.projected()));
				}
			}
			lines.add(new OrderLine(order.id(), order.reference(), order.title(), order.status(), order.unit(),
					order.quantity(), order.dueOn(), allocated, produced, delivered, producers, late));
			long[] sums = { order.quantity(), allocated, produced, delivered, producers, late };
			for (int i = 0; i < sums.length; i++) {
				total[i] += sums[i];
			}
			if (withPoints) {
				points.addAll(points(order, standings));
			}
		}
		List<Line> provinces = new ArrayList<>();
		byProvince.forEach((code, p) -> provinces.add(new Line(code, provinceNames.getOrDefault(code, code), p[0], 0, p[1], p[2])));
		provinces.sort(Comparator.comparing(Line::allocated).reversed().thenComparing(Line::key));
		List<Share> shares = new ArrayList<>();
		groups.forEach((g, v) -> shares.add(new Share(g, v[0], v[1], AllocationDashboard.percent(v[1], total[1]))));
		behind.sort(Comparator.comparing(Behind::reference).thenComparing(Behind::ikmName));
		return new AllocationDashboard(scope, lines, new Totals(total[0], total[1], total[2], total[3], total[4], total[5]),
				provinces, points, shares, behind, today);
	}

	private static void count(long[] group, boolean member, long quantity) {
		if (member) {
			group[0]++;
			group[1] += quantity;
		}
	}

	private static List<Line> points(AllocationOrder order, Map<IkmId, ProducerStanding> standings) {
		List<Line> lines = new ArrayList<>();
		for (DeliveryPoint p : order.deliveryPoints()) {
			long producers = 0, allocated = 0, delivered = 0;
			for (ProducerStanding s : standings.values()) {
				long a = s.allocatedPerPoint().getOrDefault(p.id(), 0L);
				producers += a > 0 ? 1 : 0;
				allocated += a;
				delivered += s.deliveredPerPoint().getOrDefault(p.id(), 0L);
			}
			lines.add(new Line(p.code(), p.name(), producers, p.quantity(), allocated, delivered));
		}
		return lines;
	}
}
