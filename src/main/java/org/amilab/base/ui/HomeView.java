package org.amilab.base.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Span;
import org.amilab.base.CurrentUser;
import org.amilab.base.NextStep;

@Route("")
@PageTitle("AMI Lab")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@AnonymousAllowed
public class HomeView extends Main {

    public HomeView(CurrentUser currentUser, NextStep.Advice advice) {
        addClassName("page");
        add(new H1("Learn Amazon Machine Images by running them"));
        advice.forSignedIn().ifPresent(step -> {
            var resume = new Paragraph(new Span("Continue where you left off: "), new Anchor(step.href(), step.text()));
            resume.setId("continue");
            resume.addClassName("next-step");
            add(resume);
        });
        add(new Paragraph("AMI Lab teaches what an Amazon Machine Image is, how to choose one, how "
                + "EBS-backed and instance store-backed instances differ, and how an EC2 instance moves "
                + "through its lifecycle. Every rule you read about can be tried on simulated instances "
                + "that behave like real EC2 and cost nothing."));
        add(topics(), howToStart(currentUser));
    }

    private static Section topics() {
        var list = new UnorderedList(
                new ListItem("What an AMI contains: the root volume template, launch permissions and block device mappings"),
                new ListItem("Why AMIs matter: repeatability, reusability and recoverability"),
                new ListItem("Choosing an AMI by region, operating system, architecture, root device type and virtualization type"),
                new ListItem("Instance store-backed versus EBS-backed instances: boot time, root size, stopping, charges"),
                new ListItem("The instance lifecycle from pending to terminated, and what is billed in each state"),
                new ListItem("Creating your own AMIs and keeping golden images current with EC2 Image Builder"));
        return new Section(new H2("What you will learn"), list);
    }

    private static Section howToStart(CurrentUser currentUser) {
        var steps = new OrderedList();
        if (currentUser.displayName().isEmpty()) {
            steps.add(new ListItem(new Anchor("signup", "Create a free account"),
                    new Text(" or "), new Anchor("login", "sign in"),
                    new Text(" so that your progress and playground are kept.")));
        }
        steps.add(new ListItem(new Anchor("lessons", "Read the lessons"),
                new Text(" in order; each one takes a few minutes.")));
        steps.add(new ListItem(new Text("Try each rule in the "),
                new Anchor("playground", "playground"), new Text(": launch, stop, start, "
                        + "reboot and terminate instances and watch the cost add up in simulated time.")));
        steps.add(new ListItem(new Text("Review the "),
                new Anchor("lessons/key-takeaways", "key takeaways"),
                new Text(" until they stick.")));
        return new Section(new H2("How to start"), steps);
    }
}
