package id.canting.registry.internal.demo;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.region.Province;
import id.canting.region.Regency;
import id.canting.region.Regions;
import id.canting.registry.IkmBulkRegistration;
import id.canting.registry.IkmBulkVerification;
import id.canting.registry.IkmId;
import id.canting.registry.IkmInput;
import id.canting.registry.reports.ReportStatus;
import id.canting.registry.reports.SemesterReportBatch;
import id.canting.registry.SentraInput;
import id.canting.registry.SentraManagement;
import id.canting.shared.Actor;
import id.canting.shared.DemoProgress;

/**
 * Loads the {@link DemoDataset} on the first start against an empty registry (demo mode, on unless
 * {@code canting.demo.enabled=false}). Every record goes through the registry's API: sentra through
 * {@link SentraManagement}, IKM through the bulk path the imports use ({@link IkmBulkRegistration},
 * {@link IkmBulkVerification}) and the 2024-S1 semester reports through {@link SemesterReportBatch},
 * so demo data passes exactly the rules user input does, in JDBC batches rather than ~15 statements
 * per IKM (two minutes without a log line on the first start). All of it is loaded in one
 * transaction, so a failure leaves the registry empty rather than half-filled; progress is logged
 * per batch and per stage.
 */
@Component
@ConditionalOnBooleanProperty(name = "canting.demo.enabled", matchIfMissing = true)
class DemoDataLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
	private static final int UNVERIFIED_EVERY_NTH = 8;
	/** IKM per JDBC batch, and so per progress line. */
	private static final int BATCH = 1_000;

	private final JdbcClient jdbc;
	private final Regions regions;
	private final SentraManagement sentraManagement;
	private final IkmBulkRegistration bulkRegistration;
	private final IkmBulkVerification bulkVerification;
	private final SemesterReportBatch semesterReports;
	private final TransactionTemplate transaction;

	DemoDataLoader(JdbcClient jdbc, Regions regions, SentraManagement sentraManagement,
			IkmBulkRegistration bulkRegistration, IkmBulkVerification bulkVerification, SemesterReportBatch semesterReports,
			PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.sentraManagement = sentraManagement;
		this.bulkRegistration = bulkRegistration;
		this.bulkVerification = bulkVerification;
		this.semesterReports = semesterReports;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Runs once every bean exists but before the web server opens its port, so nobody sees an
	 * empty dashboard while the demo data load.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		DemoProgress progress = new DemoProgress(log, "Demo registry");
		DemoDataset loaded = transaction.execute(status -> loadIntoEmptyRegistry(progress));
		if (loaded == null) {
			log.debug("Demo data not loaded: the registry already holds sentra or IKM");
			return;
		}
		long workers = loaded.ikm()
			.stream()
			.mapToLong(ikm -> ikm.input().workersMale() + ikm.input().workersFemale())
			.sum();
		log.info("Demo data loaded: {} sentra, {} IKM, {} workers in {} ms", loaded.sentra().size(),
				loaded.ikm().size(), workers, progress.elapsedMillis());
	}

	/**
	 * Registers the dataset, or does nothing if anything is already registered: the check runs in
	 * the same transaction as the load, and a registry with real data is never mixed with demo data.
	 *
	 * @return the dataset loaded, or {@code null} when the registry was not empty
	 */
	private DemoDataset loadIntoEmptyRegistry(DemoProgress progress) {
		if (registryHoldsData()) {
			return null;
		}
		log.info("Demo registry: loading the demo dataset into the empty registry (first start only)");
		DemoDataset dataset = DemoDataset.generate(allRegencies());
		List<Long> sentraIds = new ArrayList<>(dataset.sentra().size());
		for (SentraInput sentra : dataset.sentra()) {
			sentraIds.add(sentraManagement.register(Actor.SYSTEM, sentra).id().value());
		}
		progress.done("{} sentra registered", sentraIds.size());
		List<IkmId> ikmIds = new ArrayList<>(dataset.ikm().size());
		List<IkmId> verified = new ArrayList<>(dataset.ikm().size());
		for (int from = 0; from < dataset.ikm().size(); from += BATCH) {
			// The dataset knows a member's sentra by position; the database has just given it an id.
			List<IkmInput> batch = dataset.ikm()
				.subList(from, Math.min(dataset.ikm().size(), from + BATCH))
				.stream()
				.map(ikm -> ikm.sentraIndex() == null ? ikm.input() : ikm.withSentraId(sentraIds.get(ikm.sentraIndex())))
				.toList();
			List<IkmId> registered = bulkRegistration.registerAll(Actor.SYSTEM, batch);
			for (IkmId id : registered) {
				// Most IKM have been checked by their provincial office; one in UNVERIFIED_EVERY_NTH waits for it,
				// so the public catalogue (verified IKM only) and the officers' work list both have content.
				if (ikmIds.size() % UNVERIFIED_EVERY_NTH != 0) {
					verified.add(id);
				}
				ikmIds.add(id);
			}
			progress.done("{} of {} IKM registered", ikmIds.size(), dataset.ikm().size());
		}
		bulkVerification.verifyAll(Actor.SYSTEM, verified);
		progress.done("{} IKM verified", verified.size());
		fileReports(dataset, ikmIds);
		progress.done("2024-S1 semester reports filed");
		return dataset;
	}

	/**
	 * The 2024-S1 reports, filed, submitted and decided as {@link DemoReports#outcome} says, in one
	 * batch: the same rules as one by one, without adding half again to the start-up time.
	 */
	private void fileReports(DemoDataset dataset, List<IkmId> ikmIds) {
		DemoReports reports = new DemoReports();
		List<SemesterReportBatch.Filing> filings = new ArrayList<>();
		for (int position = 0; position < ikmIds.size(); position++) {
			ReportStatus outcome = DemoReports.outcome(position);
			if (outcome != null) {
				filings.add(new SemesterReportBatch.Filing(ikmIds.get(position),
						reports.figuresFor(dataset.ikm().get(position).input()), outcome,
						outcome == ReportStatus.RETURNED ? DemoReports.RETURN_REASON : null));
			}
		}
		semesterReports.fileAll(Actor.SYSTEM, filings);
	}

	private boolean registryHoldsData() {
		long sentra = jdbc.sql("select count(*) from sentra").query(Long.class).single();
		long ikm = jdbc.sql("select count(*) from ikm").query(Long.class).single();
		return sentra > 0 || ikm > 0;
	}

	private List<Regency> allRegencies() {
		return regions.provinces()
			.stream()
			.map(Province::code)
			.flatMap(province -> regions.regenciesOf(province).stream())
			.toList();
	}
}
