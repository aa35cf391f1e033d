package com.settle.ui.main;

import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.Navigator;
import com.settle.ui.imports.ImportKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Controller of the main window: menu, navigation sidebar, page area and status bar. */
public final class MainWindow {

    private final MainWindowViewModel model;
    private final Pages pages;
    private final Navigator navigator;
    private final BackgroundExecutor executor;

    @FXML private ResourceBundle resources;
    @FXML private VBox navigation;
    @FXML private ToggleGroup navGroup;
    @FXML private ToggleButton navHome;
    @FXML private ToggleButton navAccounts;
    @FXML private ToggleButton navDocuments;
    @FXML private ToggleButton navPayments;
    @FXML private ToggleButton navCreditBalances;
    @FXML private ToggleButton navJournal;
    @FXML private ToggleButton navSettings;
    @FXML private MenuItem verifyItem;
    @FXML private MenuItem refreshItem;
    @FXML private MenuItem newPaymentItem;
    @FXML private MenuItem receivePaymentItem;
    @FXML private Menu importMenu;
    @FXML private StackPane content;
    @FXML private Label statusLabel;
    @FXML private Label errorLabel;
    @FXML private Label noticeLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Button cancelWorkButton;
    @FXML private Label databaseLabel;
    @FXML private Button changedButton;
    @FXML private Label userLabel;
    @FXML private Label protectionLabel;

    private final Map<Page, ToggleButton> buttons = new EnumMap<>(Page.class);

    public MainWindow(MainWindowViewModel model, Pages pages, Navigator navigator,
                      BackgroundExecutor executor) {
        this.model = model;
        this.pages = pages;
        this.navigator = navigator;
        this.executor = executor;
    }

    @FXML
    private void cancelWork() {
        executor.cancel();
    }

    /** True while a detail page moves the sidebar's highlight to its section, which must not show the list. */
    private boolean drillingDown;

    @FXML
    private void initialize() {
        buttons.put(Page.HOME, navHome);
        buttons.put(Page.ACCOUNTS, navAccounts);
        buttons.put(Page.DOCUMENTS, navDocuments);
        buttons.put(Page.PAYMENTS, navPayments);
        buttons.put(Page.CREDIT_BALANCES, navCreditBalances);
        buttons.put(Page.JOURNAL, navJournal);
        buttons.put(Page.SETTINGS, navSettings);
        int n = 0; // Home is Ctrl+0, then the pages Ctrl+1 to Ctrl+6
        for (Map.Entry<Page, ToggleButton> e : buttons.entrySet()) {
            e.getValue().setUserData(e.getKey());
            e.getValue().setTooltip(new Tooltip(resources.getString(e.getKey().key()) + "  (Ctrl+" + n++ + ")"));
        }
        navigation.disableProperty().bind(model.openProperty().not());
        verifyItem.disableProperty().bind(model.openProperty().not());
        refreshItem.disableProperty().bind(model.openProperty().not());
        newPaymentItem.disableProperty().bind(model.openProperty().not());
        receivePaymentItem.disableProperty().bind(model.openProperty().not());
        importMenu.disableProperty().bind(model.openProperty().not());
        // A toggle group lets the selected button be clicked off; keep one page always selected.
        navGroup.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                // The section already highlighted was clicked: it stays selected and shows its list again.
                navGroup.selectToggle(old);
                showPage((Page) old.getUserData());
            } else {
                model.pageProperty().set((Page) now.getUserData());
            }
        });
        model.pageProperty().addListener((o, old, now) -> {
            if (!drillingDown) {
                show(now);
            }
        });
        model.servicesProperty().addListener((o, old, now) -> {
            if (now != null) {
                show(model.pageProperty().get());
            }
        });
        model.openErrorProperty().addListener((o, old, now) -> {
            if (!now.isEmpty()) {
                Label message = new Label(now);
                message.setId("openErrorLabel");
                message.getStyleClass().add("open-error");
                message.setWrapText(true);
                content.getChildren().setAll(message);
            }
        });
        userLabel.textProperty().bind(model.userProperty());
        Tooltip userTip = new Tooltip();
        userTip.textProperty().bind(model.userTipProperty());
        userLabel.setTooltip(userTip);
        protectionLabel.textProperty().bind(model.protectionProperty());
        statusLabel.textProperty().bind(executor.messageProperty());
        errorLabel.textProperty().bind(executor.errorProperty());
        noticeLabel.textProperty().bind(executor.noticeProperty());
        for (Label shrinking : List.of(statusLabel, errorLabel, noticeLabel)) {
            // They give way before the window grows wider; the whole text is a hover away.
            Tooltip whole = new Tooltip();
            whole.textProperty().bind(shrinking.textProperty());
            shrinking.setTooltip(whole);
        }
        progressBar.visibleProperty().bind(executor.busyProperty());
        progressBar.progressProperty().bind(executor.progressProperty());
        cancelWorkButton.visibleProperty().bind(executor.stoppableProperty());
        cancelWorkButton.managedProperty().bind(executor.stoppableProperty());
        // The file's name; its whole path in the tooltip (a long path would crowd the status bar).
        databaseLabel.textProperty().bind(model.placeProperty());
        Tooltip placeTip = new Tooltip();
        placeTip.textProperty().bind(model.placeTipProperty());
        databaseLabel.setTooltip(placeTip);
        changedButton.visibleProperty().bind(model.changedByOthersProperty());
        changedButton.managedProperty().bind(changedButton.visibleProperty());
        navGroup.selectToggle(buttons.get(model.pageProperty().get()));
    }

    /**
     * Shows a detail page under its sidebar section (an account under Accounts): the section is highlighted, and
     * clicking it goes back to its list.
     */
    public void showContent(Page section, Node node) {
        drillingDown = true;
        try {
            navGroup.selectToggle(buttons.get(section));
            model.pageProperty().set(section);
        } finally {
            drillingDown = false;
        }
        content.getChildren().setAll(node);
    }

    /** Shows a sidebar page again, even when it is already the selected one (back from a detail page). */
    public void showPage(Page page) {
        if (model.pageProperty().get() == page) {
            show(page);
        } else {
            model.pageProperty().set(page);
        }
    }

    private void show(Page page) {
        Toggle button = buttons.get(page);
        if (navGroup.getSelectedToggle() != button) {
            navGroup.selectToggle(button);
        }
        if (model.servicesProperty().get() == null) {
            return;
        }
        content.getChildren().setAll(pages.page(page));
        pages.refresh(page);
        Platform.runLater(() -> pages.focus(page));
    }

    @FXML
    private void showHome() {
        showPage(Page.HOME);
    }

    @FXML
    private void showAccounts() {
        showPage(Page.ACCOUNTS);
    }

    @FXML
    private void showDocuments() {
        showPage(Page.DOCUMENTS);
    }

    @FXML
    private void showPayments() {
        showPage(Page.PAYMENTS);
    }

    @FXML
    private void showCreditBalances() {
        showPage(Page.CREDIT_BALANCES);
    }

    @FXML
    private void showJournal() {
        showPage(Page.JOURNAL);
    }

    @FXML
    private void showSettings() {
        showPage(Page.SETTINGS);
    }

    @FXML
    private void refresh() {
        model.changesSeen();
        pages.refresh(model.pageProperty().get());
    }

    @FXML
    private void newPayment() {
        navigator.newPayment();
    }

    @FXML
    private void receivePayment() {
        navigator.receivePayment();
    }

    @FXML
    private void importAccounts() {
        navigator.importFile(ImportKind.ACCOUNTS);
    }

    @FXML
    private void importDocuments() {
        navigator.importFile(ImportKind.DOCUMENTS);
    }

    @FXML
    private void importPayments() {
        navigator.importFile(ImportKind.PAYMENTS);
    }

    @FXML
    private void importCredit() {
        navigator.importFile(ImportKind.CREDIT_BALANCES);
    }

    @FXML
    private void importHistory() {
        navigator.showImportHistory();
    }

    @FXML
    private void verifyBooks() {
        model.verifyBooks();
    }

    @FXML
    private void connectToServer() {
        model.connectToServer();
    }

    @FXML
    private void exit() {
        content.getScene().getWindow().hide();
    }
}
