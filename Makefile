# glue-platform — see README.md. Two commands matter: `make deploy` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

ENV ?=
# synth/plan target: offline (no account; CI), aws (current credentials) or emulator (local moto)
TARGET ?= offline
MVN ?= mvn -B -q -Dstyle.color=never
JAVA ?= java
CLASSPATH_FILE := target/classpath.txt
COMPILED := target/.compiled
MAIN_SOURCES := $(shell find src/main -type f 2>/dev/null)
# the test classes (make test, make unit-test, make run-job): compiled when any source, folder (a deleted file) or pom.xml changed
TEST_COMPILED := target/.test-compiled
TEST_SOURCES := $(shell find src 2>/dev/null)
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20

# ENV and TARGET reach shell commands: refuse anything but a shell-safe name before any recipe runs.
# ($(value ...) reads the text as typed, so nothing in it is expanded here.)
SAFE_NAME_CHARS := a b c d e f g h i j k l m n o p q r s t u v w x y z A B C D E F G H I J K L M N O P Q R S T U V W X Y Z 0 1 2 3 4 5 6 7 8 9 - _
strip-chars = $(if $2,$(call strip-chars,$(subst $(firstword $2),,$1),$(wordlist 2,$(words $2),$2)),$1)
unsafe-name = $(or $(call strip-chars,$(subst $(comma),,$(value $1)),$(SAFE_NAME_CHARS)),$(filter-out 0 1,$(words $(value $1))))
comma := ,
ifneq ($(call unsafe-name,ENV),)
$(error ENV='$(value ENV)' is not allowed: environment names may contain only letters, digits, '-' and '_' (several separated by commas))
endif
ifneq ($(call unsafe-name,TARGET),)
$(error TARGET='$(value TARGET)' is not allowed: use offline, aws or emulator)
endif

# deploy/destroy default to the local emulator unless TARGET is given on the command line or environment
DEPLOY_TARGET = $(if $(filter command line environment,$(origin TARGET)),$(TARGET),emulator)

.PHONY: help build synth watch plan drift reachability check deploy bootstrap-state destroy down test unit-test spark-test script-test clean diagram cost adopt

help: ## list targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | column -t -s $$'\t'

# The runtime classpath is resolved once per pom.xml change; synth then starts the JVM directly
# (no mvn exec:java, whose own startup costs seconds on every synth).
$(CLASSPATH_FILE): pom.xml
	@mkdir -p target
	$(MVN) dependency:build-classpath -Dmdep.outputFile=$(CLASSPATH_FILE) -DincludeScope=runtime
	@if grep -q 'org/apache/spark\|org/junit' $(CLASSPATH_FILE); then \
		echo "make: the synth classpath holds test-scope jars (Spark/JUnit); they belong to the tests only" >&2; \
		rm -f $(CLASSPATH_FILE); exit 1; fi
	@touch $(CLASSPATH_FILE) # the plugin leaves an unchanged file alone; make must see it as new

$(COMPILED): $(MAIN_SOURCES) pom.xml
	$(MVN) compile
	@touch $@

# The class-data archive of the dependency jars that cold synths map (scripts/cds-archive.sh; one training synth, so
# only when the classpath changes). A failure is explained once and the stamp is still set: cold synths then run
# without the archive (scripts/run-program.sh says so) instead of retrying the training on every synth; the script
# leaves target/cds/.failed naming the step, and after a failed training the next change to what the training synth
# reads (environments/, glue-scripts/, the program; a deleted file too) tries again.
CDS_STAMP := target/cds/.built
CDS_RETRY := $(if $(filter training,$(file < target/cds/.failed)),$(shell find environments glue-scripts src/main 2>/dev/null))
$(CDS_STAMP): $(CLASSPATH_FILE) $(CDS_RETRY) | $(COMPILED)
	JAVA='$(JAVA)' bash scripts/cds-archive.sh target/cds/synth.jsa
	@touch $@

# jsii's kernel, run by scripts/node/jsii-runtime (the JSII_RUNTIME of every JVM here; one Node process instead of two).
# Every Maven build takes it from the jsii-runtime jar (pom.xml, execution jsii-kernel); this only restores a removed one.
JSII_KERNEL := target/jsii-runtime/software/amazon/jsii/lib/program.js
$(JSII_KERNEL):
	$(MVN) generate-resources

build: $(CLASSPATH_FILE) $(COMPILED) $(CDS_STAMP) | $(JSII_KERNEL) ## compile, cache the classpath and the class-data archive

# make reports every failure as 2; scripts/synth.sh exits with the program's own code (2 configuration, 3 preflight, 1 other).
# The program runs in the warm synth server when `make watch` runs one (scripts/run-program.sh), else in a cold JVM
# that is built first; so synth itself only needs the classpath.
synth: $(CLASSPATH_FILE) ## synthesize cdktf.out/ (ENV=dev for one environment; TARGET=offline|aws|emulator); replaces all earlier output
	TARGET='$(TARGET)' JAVA='$(JAVA)' $(if $(CDKTF_OUTDIR),CDKTF_OUTDIR='$(CDKTF_OUTDIR)') bash scripts/synth.sh '$(ENV)'

watch: $(CLASSPATH_FILE) ## warm synth server: re-synthesizes ENV (default dev) on every change; make synth uses it; Ctrl-C stops it
	bash scripts/synth-server.sh --watch '$(or $(ENV),dev)' --target '$(TARGET)'

# The program's commands that synthesize keep java.io.tmpdir under target/: jsii unpacks into it in every JVM, and its
# bundled runtime (for a caller with a JSII_RUNTIME of its own) leaves a folder behind (make clean removes them).
JSII_JVM_TMP = -Djava.io.tmpdir=$(CURDIR)/target
# ... and start jsii's Node as a synth does (scripts/jsii-env.sh: the provider's modules load on first use, one Node
# process). A recipe line that starts with it stops if that cannot be set up.
JSII_ENV = source scripts/jsii-env.sh &&

reachability: build ## per Glue job: ENI subnet/AZ -> route table -> NAT/S3 endpoint/peering -> data stores, and the preflight (ENV=dataxr)
	$(JSII_ENV) PLATFORM_ENVIRONMENTS=$(ENV) $(JAVA) $(JSII_JVM_TMP) -cp target/classes:$$(cat $(CLASSPATH_FILE)) io.glueplatform.preflight.ReachabilityReport

# make check FILE=path/to/cdk.tf.json [JUNIT=report.xml] [SARIF=report.sarif]: exit 3 on error findings, 2 on bad input.
check: build ## run the policy checks on any Terraform JSON: FILE=cdktf.out/stacks/dev/cdk.tf.json [JUNIT=..] [SARIF=..]
	@test -n "$(FILE)" || { echo "make check: FILE is required, e.g. make check FILE=cdktf.out/stacks/dev/cdk.tf.json" >&2; exit 2; }
	$(JAVA) -cp target/classes:$$(cat $(CLASSPATH_FILE)) io.glueplatform.checks.CheckMain \
		$(if $(JUNIT),--junit '$(JUNIT)') $(if $(SARIF),--sarif '$(SARIF)') '$(FILE)'

diagram: build ## draw docs/architecture/<env>.dot/.svg/.png from the synthesized stack (all environments without ENV, then README's cost table)
	$(JSII_ENV) PLATFORM_ENVIRONMENTS='$(ENV)' $(JAVA) $(JSII_JVM_TMP) -cp target/classes:$$(cat $(CLASSPATH_FILE)) io.glueplatform.docs.DiagramCommand

cost: build ## monthly cost estimate per resource from the synthesized stack, at the list prices in src/main/resources/cost (ENV=prod)
	$(JSII_ENV) PLATFORM_ENVIRONMENTS='$(ENV)' $(JAVA) $(JSII_JVM_TMP) -cp target/classes:$$(cat $(CLASSPATH_FILE)) io.glueplatform.docs.CostCommand

plan: ## init + validate + plan of ENV (default dev, TARGET=offline): plan.tfplan, plan.json, plan.md summary; CHECK=1 exits 2 on changes (make: any failure = 2); ALLOW_DESTROY=1
	@$(MAKE) --no-print-directory synth ENV='$(or $(ENV),dev)' TARGET='$(TARGET)'
	@CHECK='$(CHECK)' ALLOW_DESTROY='$(ALLOW_DESTROY)' bash scripts/plan.sh '$(or $(ENV),dev)'

drift: build ## refresh-only plan of the deployed ENV (default dev; TARGET=emulator (default) or aws): lists drifted resources, exit 2 on drift
	@$(MAKE) --no-print-directory synth ENV='$(or $(ENV),dev)' TARGET='$(DEPLOY_TARGET)'
	@TARGET='$(DEPLOY_TARGET)' bash scripts/drift.sh '$(or $(ENV),dev)'

deploy: build ## deploy ENV (default dev) to the local emulator and print outputs; TARGET=aws for the real account
	@TARGET='$(DEPLOY_TARGET)' ALLOW_DESTROY='$(ALLOW_DESTROY)' bash scripts/deploy.sh '$(or $(ENV),dev)'

bootstrap-state: build ## create ENV's S3 state bucket (backend.type S3) in the real account: TARGET=aws implied
	@PLATFORM_STATE_BOOTSTRAP=1 TARGET=aws bash scripts/deploy.sh '$(or $(ENV),prod)' '$(or $(ENV),prod)-state'

destroy: ## terraform destroy of ENV (emulator: no question; TARGET=aws: asks first)
	@TARGET='$(DEPLOY_TARGET)' bash scripts/destroy.sh '$(or $(ENV),dev)'

# make adopt: existing deployment (FROM = state file, `terraform show -json` output or root module folder) → migration file
MODE ?= moved
adopt: build ## adopt an existing Terraform deployment by identity: ENV=dev FROM=<state|show -json|root folder> [MODE=moved|import] [TARGET=emulator|aws]
	@TARGET='$(DEPLOY_TARGET)' MODE='$(MODE)' bash scripts/adopt.sh '$(or $(ENV),dev)' '$(FROM)'

down: ## stop the local emulator started by make deploy
	@bash scripts/emulator.sh stop

# Both test targets compile through `build` first: tests that run scripts (synth.sh, deploy.sh) call `make build`,
# which must then find nothing to do — a compile in the middle of the run would rewrite target/classes under
# the test JVMs that are loading from it.
# The test classes are compiled once (only when a source changed); then pom.xml's surefire executions run as test JVMs side by side, each line of
# their output prefixed with the JVM's name: [tests] unit, Terraform and devloop tests (one class at a time: jsii is
# single-threaded), [e2e] the end-to-end suites (concurrently, each on its own emulator; they mostly wait on provider
# waiters) and [spark] the Glue jobs on local Spark. Any failing JVM fails make; `mvn test` runs the same one JVM after
# another. MAKEFLAGS is cleared for the JVMs so the make runs of the tests see no parallel parent make.
MVN_TEST := mvn -B -ntp -Dstyle.color=never
UNIT_TEST_EXCLUDED := terraform,e2e,devloop,process
run-test-jvm = set -o pipefail; start=$$SECONDS; \
	MAKEFLAGS= MFLAGS= $(MVN_TEST) surefire:test@$(1) $(TEST_JVM_ARGS) 2>&1 | sed -u 's/^/[$(2)] /'; status=$$?; \
	echo "[$(2)] test JVM done in $$((SECONDS - start)) s (exit $$status)"; exit $$status

test: build script-test $(TEST_COMPILED) ## everything CI runs: unit, config, Terraform validate/plan, end-to-end and script tests
	@$(MAKE) --no-print-directory -j3 test-jvm-tests test-jvm-e2e test-jvm-spark

unit-test: build $(TEST_COMPILED) ## the in-process JUnit tests: no Terraform, emulator, child JVM or Spark (make test runs those too)
	@$(MAKE) --no-print-directory test-jvm-tests TEST_JVM_ARGS='-Dtest.excludedGroups=$(UNIT_TEST_EXCLUDED)'

spark-test: build $(TEST_COMPILED) ## the Glue jobs' SQL on local Spark 3.3 against their expected output (also in make test)
	@$(MAKE) --no-print-directory test-jvm-spark

.PHONY: test-jvm-tests test-jvm-e2e test-jvm-spark
test-jvm-tests:
	@$(call run-test-jvm,default-test,tests)
test-jvm-e2e:
	@$(call run-test-jvm,e2e-tests,e2e)
test-jvm-spark:
	@$(call run-test-jvm,spark-tests,spark)

script-test: build ## compile and unit-test the Glue scripts (no Spark needed), the emulator patches (against a patched emulator) and the jsii Node hook (against the provider jar of the build)
	python3 -m py_compile glue-scripts/glue_common/*.py glue-scripts/*/*.py
	python3 -m unittest discover -s glue-scripts/tests
	python3 -m unittest discover -s scripts/tests
	python3 -m unittest discover -s scripts/emulator/tests
	python3 -m unittest discover -s bench/tests
	@find glue-scripts scripts bench -name __pycache__ -type d -prune -exec rm -rf {} +

clean: ## remove build output (never state)
	rm -rf target cdktf.out

# --- Glue jobs on local Spark (test classpath only; see README "Developing a Glue job") ---
TEST_CLASSPATH_FILE := target/test-classpath.txt
# JVM flags local Spark needs on Java 17; one list, in pom.xml (Surefire's argLine uses it too).
SPARK_JAVA_OPTS = $(shell sed -n 's:.*<spark.test.jvm.args>\(.*\)</spark.test.jvm.args>.*:\1:p' pom.xml)

$(TEST_CLASSPATH_FILE): pom.xml
	@mkdir -p target
	$(MVN) dependency:build-classpath -Dmdep.outputFile=$(TEST_CLASSPATH_FILE) -DincludeScope=test

# maven-compiler-plugin recompiles the tests only for the changes it sees within its own run: main classes compiled by
# an earlier one (make build) would leave the test classes compiled against the old ones (a removed method then fails
# as NoSuchMethodError when the test runs, a changed constant stays inlined). After a change under src/main (or a
# deleted file there), every test class is compiled again.
$(TEST_COMPILED): $(TEST_SOURCES) pom.xml
	@if [ -f $@ ] && [ -n "$$(find src/main pom.xml -newer $@ -print -quit)" ]; then rm -rf target/test-classes; fi
	$(MVN) test-compile
	@touch $@

.PHONY: run-job
run-job: $(TEST_CLASSPATH_FILE) $(TEST_COMPILED) ## run one Glue job's SQL on local Spark: JOB=<name> [INPUT=<path>|<input>=<path>,...] [OUTPUT=<dir>]
	$(JAVA) $(SPARK_JAVA_OPTS) -Dplatform.repoRoot=$(CURDIR) -cp target/test-classes:target/classes:$$(cat $(TEST_CLASSPATH_FILE)) \
		io.glueplatform.glue.spark.RunJob "$(JOB)" "$(INPUT)" "$(OUTPUT)"
