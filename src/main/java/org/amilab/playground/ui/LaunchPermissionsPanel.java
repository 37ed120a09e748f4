package org.amilab.playground.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.amilab.content.RefusalExplanations;
import org.amilab.simulator.Ami;
import org.amilab.simulator.Ec2Error;
import org.amilab.simulator.LaunchPermissionChange;
import org.amilab.simulator.Refusal;

/**
 * Who may launch one of the learner's own AMIs besides them: accounts it is shared with, by their
 * 12-digit id, or everyone once it is public. Each change is EC2's ModifyImageAttribute; an id EC2
 * would refuse is refused there, and the field says why.
 */
class LaunchPermissionsPanel extends Div {

    /** What the panel asks EC2 to change. */
    interface Changes {
        /** EC2's refusal, if any. */
        Optional<Ec2Error> change(LaunchPermissionChange change);

        void blockPublicAccess(boolean blocked);
    }

    /**
     * {@code blocked}: block public access for AMIs is on in the AMI's region, so making it public
     * is greyed out with EC2's refusal, unless learning mode lets the learner meet it.
     */
    LaunchPermissionsPanel(Ami ami, boolean blocked, boolean learningMode, RefusalExplanations explanations,
                           Changes changes) {
        setId("launch-permissions");
        var status = new Paragraph(ami.launchPermission().isPublic()
                ? "Public: every AMI Lab learner finds it under Community AMIs and may launch it."
                : ami.launchPermission().userIds().isEmpty() ? "Private: only you may launch it."
                : "Shared: you and the accounts below may launch it; they find it under My AMIs.");
        status.setId("launch-permission-status");
        var shares = new UnorderedList();
        shares.setId("shared-with");
        for (String accountId : ami.launchPermission().userIds()) {
            var stop = new Button("Stop sharing", click -> changes.change(LaunchPermissionChange.unshareWith(accountId)));
            stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            stop.setAriaLabel("Stop sharing with " + accountId);
            shares.add(new ListItem(new Span("Account " + accountId + " "), stop));
        }
        var account = new TextField("AWS account id");
        account.setId("share-account-id");
        account.setHelperText("12 digits, as on the other learner's Profile page");
        account.setMaxLength(20);
        var share = new Button("Share", click -> {
            String id = account.getValue().strip().replace("-", "").replace(" ", "");
            Optional<Ec2Error> refused = changes.change(LaunchPermissionChange.shareWith(id));
            account.setInvalid(refused.isPresent());
            account.setErrorMessage(refused.map(error -> error.code() + ": " + error.message()).orElse(null));
        });
        share.setId("share-image");
        var shareRow = new FlexLayout(account, share);
        shareRow.addClassName("share-row");
        shareRow.setAlignItems(FlexLayout.Alignment.BASELINE);
        var block = new Checkbox("Block public access for AMIs in " + ami.region(), blocked);
        block.setId("block-public-access");
        block.setHelperText("On in every new AWS account: nobody in the account can make an AMI public in this Region. "
                + "Sharing with accounts still works.");
        block.addValueChangeListener(flip -> changes.blockPublicAccess(flip.getValue()));
        Button publicButton = publicButton(ami, changes);
        if (blocked && !ami.launchPermission().isPublic()) {
            Ec2Error refusal = Refusal.PUBLIC_SHARING_BLOCKED.error(ami.region());
            publicButton.setEnabled(learningMode);
            publicButton.setTooltipText(explanations.explain(refusal).text() + " (EC2 would answer " + refusal.code() + ".)");
        }
        add(new H4("Launch permissions"), status, shares, shareRow, block, publicButton);
    }

    /** Making an AMI public is one click away from every learner: the learner confirms knowing it. */
    private static Button publicButton(Ami ami, Changes changes) {
        if (ami.launchPermission().isPublic()) {
            var makePrivate = new Button("Make private", click -> changes.change(LaunchPermissionChange.makePrivate()));
            makePrivate.setId("make-private");
            return makePrivate;
        }
        var makePublic = new Button("Make public", click -> {
            var confirm = new ConfirmDialog("Make " + ami.id() + " public?", "Every learner will find it under Community "
                    + "AMIs and may launch it. Whatever it contains (files, settings, anything you typed into its "
                    + "instance) goes with it. Its snapshots stay yours, and so does their cost.", "Make public",
                    yes -> changes.change(LaunchPermissionChange.makePublic()));
            confirm.setCancelable(true);
            confirm.open();
        });
        makePublic.setId("make-public");
        makePublic.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return makePublic;
    }
}
