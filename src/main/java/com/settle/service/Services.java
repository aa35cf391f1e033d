package com.settle.service;

import com.settle.domain.MoneyText;
import com.settle.domain.model.ChainHead;
import com.settle.domain.model.Permission;
import com.settle.domain.policy.ClosingPolicy;
import com.settle.domain.policy.DocumentEntryPolicy;
import com.settle.domain.policy.PaymentPolicy;
import com.settle.store.AccountRepository;
import com.settle.store.ApplicationRepository;
import com.settle.store.BooksQueries;
import com.settle.store.ClosingDateRepository;
import com.settle.store.CodeRepository;
import com.settle.store.CreditBalanceQueries;
import com.settle.store.CreditBalanceRepository;
import com.settle.store.DocumentRepository;
import com.settle.store.Engine;
import com.settle.store.HomeQueries;
import com.settle.store.JournalQueries;
import com.settle.store.JournalRunRepository;
import com.settle.store.PaymentQueries;
import com.settle.store.PaymentRepository;
import com.settle.store.RefundRepository;
import com.settle.store.SettingsRepository;
import com.settle.store.UserRepository;
import com.settle.store.WriteOffRepository;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.jooq.DSLContext;

/** All use cases over one database, for one user: built once by the composition root. */
public final class Services {

    private final UserContext user;
    private final AccountService accounts;
    private final DocumentService documents;
    private final PaymentService payments;
    private final ApplicationService applications;
    private final UnapplicationService unapplications;
    private final CreditBalanceService creditBalances;
    private final ReceivePaymentService receipts;
    private final StatementService statements;
    private final CreditApplicationService creditApplications;
    private final CreditHistoryService creditHistory;
    private final SettingsService settings;
    private final ClosingService closing;
    private final JournalService journal;
    private final WriteOffService writeOffs;
    private final CodeService codes;
    private final DepositAccountService deposits;
    private final VerifyService verify;
    private final UserService users;
    private final ImportService imports;
    private final HomeService home;
    private final Keyring keyring;
    private final boolean onServer;
    private final Clock clock;

    public Services(DSLContext dsl, String username, Clock clock) {
        this(dsl, username, clock, null);
    }

    /**
     * @param keyring the passwords of a protected file, as the signed-in user opened it; null for a file
     *                that is not protected
     */
    public Services(DSLContext dsl, String username, Clock clock, Keyring keyring) {
        this(dsl, username, clock, keyring, false);
    }

    private Services(DSLContext dsl, String username, Clock clock, Keyring keyring, boolean everyPermission) {
        this.keyring = keyring;
        this.onServer = Engine.of(dsl) == Engine.POSTGRESQL;
        this.clock = clock;
        Transactions tx = new Transactions(dsl);
        UserContext loaded = loadUser(tx, username);
        this.user = everyPermission ? new UserContext(loaded.userId(), loaded.username(), loaded.displayName(),
                EnumSet.allOf(Permission.class)) : loaded;
        MoneyText text = MoneyText.ofDefaultLocale();
        AccountRepository accountRepo = new AccountRepository();
        DocumentRepository documentRepo = new DocumentRepository();
        PaymentRepository paymentRepo = new PaymentRepository();
        CodeRepository codeRepo = new CodeRepository();
        PaymentPolicy policy = new PaymentPolicy(text);
        ClosingDateRepository closingRepo = new ClosingDateRepository();
        Lookups lookups = new Lookups(accountRepo, documentRepo, paymentRepo, codeRepo, policy, closingRepo,
                new ClosingPolicy(text));
        this.closing = new ClosingService(tx, closingRepo, user, clock, text);
        this.journal = new JournalService(tx, new JournalQueries(), new JournalRunRepository(), user, clock);
        this.settings = new SettingsService(tx, new SettingsRepository(), user);
        this.accounts = new AccountService(tx, accountRepo, user, clock);
        this.documents = new DocumentService(tx, documentRepo, lookups, user, clock, new DocumentEntryPolicy(text));
        PaymentQueries paymentQueries = new PaymentQueries();
        this.payments = new PaymentService(tx, paymentRepo, new RefundRepository(), paymentQueries, lookups, user,
                clock);
        ApplicationRepository applicationRepo = new ApplicationRepository();
        WriteOffRepository writeOffRepo = new WriteOffRepository();
        ResidualRulesReader residuals = new ResidualRulesReader(settings, accountRepo, writeOffRepo, user);
        this.applications = new ApplicationService(tx, paymentRepo, documentRepo, applicationRepo, paymentQueries,
                lookups, settings, residuals, policy, user, clock, text);
        this.unapplications = new UnapplicationService(tx, paymentRepo, documentRepo, applicationRepo, codeRepo,
                lookups, user, clock, text);
        CreditBalanceRepository creditRepo = new CreditBalanceRepository();
        CreditBalanceQueries creditQueries = new CreditBalanceQueries();
        RefundRepository refundRepo = new RefundRepository();
        this.creditBalances = new CreditBalanceService(tx, creditRepo, accountRepo, paymentRepo, documentRepo,
                refundRepo, lookups, user, clock, text);
        this.writeOffs = new WriteOffService(tx, writeOffRepo, documentRepo, accountRepo, settings, applications,
                lookups, policy, user, clock, text);
        this.creditApplications = new CreditApplicationService(tx, creditRepo, creditQueries, accountRepo,
                documentRepo, settings, lookups, policy, user, clock, text);
        this.receipts = new ReceivePaymentService(tx, payments, applications, creditBalances, writeOffs, paymentRepo,
                paymentQueries, settings, residuals, lookups, user);
        this.creditHistory = new CreditHistoryService(tx, creditQueries);
        this.statements = new StatementService(tx, accountRepo, documentRepo, paymentRepo, paymentQueries,
                creditQueries, clock);
        this.home = new HomeService(tx, new HomeQueries(), creditQueries, clock);
        this.codes = new CodeService(tx, codeRepo, closingRepo, user, clock);
        this.deposits = new DepositAccountService(tx, codeRepo, closingRepo, user, clock);
        this.verify = new VerifyService(tx, new BooksQueries());
        this.users = new UserService(tx, new UserRepository(), user, keyring, everyPermission);
        this.imports = new ImportService(tx, accountRepo, codeRepo, creditRepo, lookups, user, clock);
    }

    /**
     * An unprotected file: one person, the operating-system user, with every permission (anyone who has the
     * file could open it with any tool anyway; roles need signing in, that is, a protected file). On the
     * first run over a database that user is also made its administrator, ready for protecting it.
     */
    public static Services singlePerson(DSLContext dsl, String osUser, Clock clock) {
        Transactions tx = new Transactions(dsl);
        UserService.firstRun(tx, osUser);
        UserService.singlePerson(tx, osUser);
        return new Services(dsl, osUser, clock, null, true);
    }

    private static UserContext loadUser(Transactions tx, String username) {
        UserRepository users = new UserRepository();
        return tx.read(t -> {
            var row = users.findActive(t, username).orElseThrow(() -> new ServiceException(
                    "There is no active user '" + username + "' in this database. An administrator can add"
                            + " one in Settings > Users and roles, or with: settle user add " + username
                            + " --role Clerk"));
            Set<Permission> permissions = EnumSet.noneOf(Permission.class);
            for (String p : users.permissions(t, row.value1())) {
                permissions.add(Permission.valueOf(p));
            }
            return new UserContext(row.value1(), username, row.value2(), permissions);
        });
    }

    public UserContext user() {
        return user;
    }

    /** A backup carries the whole company out of Settle: refused without the Back up permission. */
    public void checkBackup() {
        user.require(Permission.BACKUP, "back up the company file");
    }

    /** Compacting rewrites the company file: the same permission as backing it up. */
    public void checkCompact() {
        user.require(Permission.BACKUP, "compact the company file");
    }

    /** An export carries lists and history out of Settle: refused without the Export permission. */
    public void checkExport() {
        user.require(Permission.EXPORT, "export lists and history");
    }

    /**
     * Checks the Export permission and returns the line an export ends with, so that a copy kept outside
     * Settle can later be matched to the history it came from: when, by whom, and the history chain head.
     */
    public String exportFooter() {
        checkExport();
        ChainHead head = verify.chainHead();
        return "Exported from Settle " + LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS) + " by "
                + user.username() + "; history chain head " + head.shortForm() + " (" + head.entries() + " entries)";
    }

    /** Whether the books are on a team server (each clerk signs in with a PostgreSQL role of their own). */
    public boolean onServer() {
        return onServer;
    }

    /** Whether the file is protected (opened by signing in). */
    public boolean isProtected() {
        return keyring != null;
    }

    public AccountService accounts() {
        return accounts;
    }

    public DocumentService documents() {
        return documents;
    }

    public PaymentService payments() {
        return payments;
    }

    /** Receive payment: record, apply and settle the rest in one step. */
    public ReceivePaymentService receipts() {
        return receipts;
    }

    /** Customer statements and payment receipts. */
    public StatementService statements() {
        return statements;
    }

    public ApplicationService applications() {
        return applications;
    }

    public UnapplicationService unapplications() {
        return unapplications;
    }

    public CreditBalanceService creditBalances() {
        return creditBalances;
    }

    public CreditApplicationService creditApplications() {
        return creditApplications;
    }

    public CreditHistoryService creditHistory() {
        return creditHistory;
    }

    public WriteOffService writeOffs() {
        return writeOffs;
    }

    public JournalService journal() {
        return journal;
    }

    public ClosingService closing() {
        return closing;
    }

    public SettingsService settings() {
        return settings;
    }

    /** Each payment method's deposit account. */
    public DepositAccountService deposits() {
        return deposits;
    }

    public CodeService codes() {
        return codes;
    }

    public HomeService home() {
        return home;
    }

    public ImportService imports() {
        return imports;
    }

    public UserService users() {
        return users;
    }

    public VerifyService verify() {
        return verify;
    }
}
