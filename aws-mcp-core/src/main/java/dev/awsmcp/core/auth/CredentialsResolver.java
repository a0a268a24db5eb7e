package dev.awsmcp.core.auth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * AWS credentials for a profile, resolved as the AWS CLI resolves them, from the engine's
 * environment map and the config files it names (never the process environment directly, where
 * the SDK allows).
 *
 * <p>With a profile named (per call with {@code --profile}, or configured for the engine), only
 * that profile is used: it must exist ({@link CredentialsException.Reason#PROFILE_NOT_FOUND}
 * lists the profiles that do) and must set up credentials itself; environment keys are ignored,
 * as the CLI ignores them under {@code --profile}. Unlike the CLI, a named profile without
 * credentials settings does not fall back to container or instance credentials: a named identity
 * never silently becomes another one.
 *
 * <p>Without one, the default chain: {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}
 * ({@code AWS_SESSION_TOKEN}), web identity ({@code AWS_WEB_IDENTITY_TOKEN_FILE} +
 * {@code AWS_ROLE_ARN}), the profile {@code AWS_PROFILE} names (which must exist) or
 * {@code default}, the container endpoint, EC2 instance metadata.
 *
 * <p>Profiles: static keys, {@code role_arn} with {@code source_profile} / {@code credential_source}
 * / {@code web_identity_token_file}, {@code credential_process}, SSO ({@code sso_session} and
 * legacy), {@code login_session} ({@code aws login}). Role assumption calls STS at
 * {@code AWS_ENDPOINT_URL_STS}, {@code AWS_ENDPOINT_URL}, the profile's {@code services} section or
 * {@code endpoint_url} when set. Providers are kept per profile, so temporary credentials are
 * cached and refreshed before they expire.
 *
 * <p>The config files are read once, on first use. Thread-safe; build once per engine, share, and
 * {@link #close()} it with the engine.
 */
public final class CredentialsResolver implements AutoCloseable {
  private static final String DEFAULT_CHAIN = "\u0000default-chain";

  private final Optional<String> profile;
  private final Map<String, String> environment;
  private final AwsConfigFiles files;
  private final Map<String, CredentialChain> chains = new ConcurrentHashMap<>();
  private final Optional<AgentRole> agentRole;
  private final Map<String, AwsCredentialsProvider> agentProviders = new ConcurrentHashMap<>();
  private volatile ProfileCredentials profiles;

  private CredentialsResolver(Optional<String> profile, Map<String, String> environment) {
    this.profile = Objects.requireNonNull(profile, "profile").filter(p -> !p.isBlank());
    this.environment = Map.copyOf(environment);
    this.files = AwsConfigFiles.from(this.environment);
    this.agentRole = AgentRole.fromEnvironment(this.environment);
  }

  /** The role every call's credentials are exchanged for, when one is configured ({@link AgentRole}). */
  public Optional<AgentRole> agentRole() {
    return agentRole;
  }

  /**
   * @param profile the engine's configured profile (builder setting or
   *     {@code AWS_API_MCP_PROFILE_NAME}); empty for the default chain, which reads
   *     {@code AWS_PROFILE} itself, with the CLI's precedence
   * @param environment the environment to read variables from (normally the process's)
   */
  public static CredentialsResolver create(Optional<String> profile, Map<String, String> environment) {
    return new CredentialsResolver(profile, environment);
  }

  /** Credentials for the engine's configured profile, or from the default chain. */
  public AwsCredentialsIdentity resolve() {
    return resolve(Optional.empty());
  }

  /**
   * Credentials for a call.
   *
   * @param callProfile the call's {@code --profile}, which wins over the configured profile
   * @throws CredentialsException when none can be had; see {@link CredentialsException#reason()}
   */
  public AwsCredentialsIdentity resolve(Optional<String> callProfile) {
    Optional<String> named = callProfile.filter(p -> !p.isBlank()).or(() -> profile);
    String key = named.orElse(DEFAULT_CHAIN);
    CredentialChain chain = chains.get(key);
    if (chain == null) {
      // Building may throw (unknown profile, invalid settings); nothing is cached then, and the
      // next call for the profile reports the same error.
      chain = chains.computeIfAbsent(key, k -> named.map(this::namedProfileChain).orElseGet(this::defaultChain));
    }
    if (agentRole.isEmpty()) {
      return chain.resolve();
    }
    CredentialChain source = chain;
    AwsCredentialsProvider agent = agentProviders.computeIfAbsent(key,
        k -> AssumeRoleCredentials.forAgent(agentRole.get(), source::resolve, stsClients()));
    try {
      return agent.resolveCredentials();
    } catch (CredentialsException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new CredentialsException(CredentialsException.Reason.PROVIDER_FAILED, named, "assuming the agent role "
          + agentRole.get().roleArn() + " (AWS_MCP_AGENT_ROLE_ARN) failed: " + SdkMessages.of(e));
    }
  }

  /** The profiles of the config and credentials files, sorted. */
  public List<String> profileNames() {
    return profiles().names();
  }

  /** The config and credentials files this resolver reads. */
  public List<Path> configFiles() {
    return List.of(files.config(), files.credentials());
  }

  private CredentialChain namedProfileChain(String name) {
    ProfileCredentials p = profiles();
    Optional<AwsCredentialsProvider> provider = p.provider(name);
    CredentialSource source = provider.map(v -> CredentialSource.configured("profile '" + name + "'", v))
        .orElseGet(() -> CredentialSource.absent("profile '" + name + "'", "sets up no credentials (no "
            + "aws_access_key_id, role_arn, credential_process, sso_session / sso_start_url or login_session)"));
    return new CredentialChain(Optional.of(name), List.of(source), files.describe());
  }

  private CredentialChain defaultChain() {
    List<CredentialSource> sources = new ArrayList<>();
    sources.add(EnvironmentCredentials.from(environment)
        .map(c -> CredentialSource.configured("environment variables", StaticCredentialsProvider.create(c)))
        .orElseGet(() -> CredentialSource.absent("environment variables", EnvironmentCredentials.ACCESS_KEY_ID + " not set")));
    sources.add(webIdentityFromEnvironment());
    String profileVariable = environment.get("AWS_PROFILE");
    boolean profileNamedByVariable = profileVariable != null && !profileVariable.isBlank();
    String profileName = profileNamedByVariable ? profileVariable.trim() : "default";
    ProfileCredentials p = profiles();
    if (!p.exists(profileName)) {
      if (profileNamedByVariable) {
        // The CLI refuses a missing AWS_PROFILE even when other credentials are at hand.
        throw p.notFound(profileName);
      }
      sources.add(CredentialSource.absent("profile 'default'", "not defined"));
    } else {
      sources.add(p.provider(profileName)
          .map(v -> CredentialSource.configured("profile '" + profileName + "'", v))
          .orElseGet(() -> CredentialSource.absent("profile '" + profileName + "'", "sets up no credentials")));
    }
    sources.add(MachineCredentials.container(environment));
    sources.add(MachineCredentials.instanceMetadata(environment, profileFile(), profileName));
    return new CredentialChain(Optional.empty(), sources, files.describe());
  }

  private CredentialSource webIdentityFromEnvironment() {
    String name = "web identity token";
    String tokenFile = environment.get("AWS_WEB_IDENTITY_TOKEN_FILE");
    String roleArn = environment.get("AWS_ROLE_ARN");
    if (tokenFile == null || tokenFile.isBlank()) {
      return CredentialSource.absent(name, "AWS_WEB_IDENTITY_TOKEN_FILE not set");
    }
    if (roleArn == null || roleArn.isBlank()) {
      throw new CredentialsException(CredentialsException.Reason.INVALID_CONFIGURATION, Optional.empty(),
          "AWS_WEB_IDENTITY_TOKEN_FILE is set but AWS_ROLE_ARN is not");
    }
    return CredentialSource.configured(name, AssumeRoleCredentials.webIdentity(roleArn.trim(), Path.of(tokenFile.trim()),
        Optional.ofNullable(environment.get("AWS_ROLE_SESSION_NAME")).filter(s -> !s.isBlank()), Optional.empty(),
        stsClients()));
  }

  private ProfileCredentials profiles() {
    ProfileCredentials p = profiles;
    if (p == null) {
      synchronized (this) {
        p = profiles;
        if (p == null) {
          ProfileFile file = files.load();
          p = new ProfileCredentials(file, files, environment, new StsClients(environment, file));
          profiles = p;
        }
      }
    }
    return p;
  }

  private ProfileFile profileFile() {
    return profiles().file();
  }

  private StsClients stsClients() {
    return profiles().sts();
  }

  /** Releases the providers and the STS clients. */
  @Override
  public void close() {
    chains.values().forEach(CredentialChain::close);
    chains.clear();
    ProfileCredentials p = profiles;
    if (p != null) {
      p.sts().close();
    }
  }

  @Override
  public String toString() {
    return "CredentialsResolver[profile=" + profile.orElse("(default chain)") + ", files=" + files.describe() + "]";
  }
}
