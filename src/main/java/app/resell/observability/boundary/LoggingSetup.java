package app.resell.observability.boundary;

import app.resell.observability.control.JsonLogFormatter;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * Sends the application's own log records ({@code app.resell.*}) to standard output as JSON lines,
 * independent of the server's log format. Installed once when the web application starts.
 */
@WebListener
public class LoggingSetup implements ServletContextListener {

  private static final Logger ROOT = Logger.getLogger("app.resell");
  private Handler handler;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    handler = new ConsoleHandler();
    handler.setFormatter(new JsonLogFormatter());
    ROOT.addHandler(handler);
    ROOT.setUseParentHandlers(false);
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (handler != null) ROOT.removeHandler(handler);
    ROOT.setUseParentHandlers(true);
  }
}
