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
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20

# deploy/destroy default to the local emulator unless TARGET is given on the command line or environment
DEPLOY_TARGET = $(if $(filter command line environment,$(origin TARGET)),$(TARGET),emulator)

.PHONY: help build synth plan reachability deploy bootstrap-state destroy down test unit-test script-test clean

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

$(COMPILED): $(MAIN_SOURCES) pom.xml
	$(MVN) compile
	@touch $@

build: $(CLASSPATH_FILE) $(COMPILED) ## compile and cache the classpath

synth: build ## synthesize cdktf.out/ (ENV=dev for one environment; TARGET=offline|aws|emulator)
	PLATFORM_TARGET=$(TARGET) PLATFORM_ENVIRONMENTS=$(ENV) $(if $(CDKTF_OUTDIR),CDKTF_OUTDIR=$(CDKTF_OUTDIR)) \
		$(JAVA) -cp target/classes:$$(cat $(CLASSPATH_FILE)) io.glueplatform.Main

reachability: build ## per Glue job: ENI subnet/AZ -> route table -> NAT/S3 endpoint/peering -> data stores, and the preflight (ENV=dataxr)
	PLATFORM_ENVIRONMENTS=$(ENV) $(JAVA) -cp target/classes:$$(cat $(CLASSPATH_FILE)) io.glueplatform.preflight.ReachabilityReport

plan: ## terraform init + validate + plan of one environment (default ENV=dev, TARGET=offline)
	@$(MAKE) --no-print-directory synth ENV=$(or $(ENV),dev) TARGET=$(TARGET)
	bash scripts/plan.sh $(or $(ENV),dev)

deploy: build ## deploy ENV (default dev) to the local emulator and print outputs; TARGET=aws for the real account
	@TARGET=$(DEPLOY_TARGET) bash scripts/deploy.sh $(or $(ENV),dev)

bootstrap-state: build ## create ENV's S3 state bucket (backend.type S3) in the real account: TARGET=aws implied
	@TARGET=aws bash scripts/deploy.sh $(or $(ENV),prod) $(or $(ENV),prod)-state

destroy: ## tear ENV down (emulator: reset; TARGET=aws: terraform destroy, asks first)
	@TARGET=$(DEPLOY_TARGET) bash scripts/destroy.sh $(or $(ENV),dev)

down: ## stop the local emulator started by make deploy
	@bash scripts/emulator.sh stop

test: script-test ## everything CI runs: unit, config, Terraform validate/plan, end-to-end and script tests
	mvn -B -ntp -Dstyle.color=never test

unit-test: ## the JUnit tests that need neither Terraform nor the emulator
	mvn -B -ntp -Dstyle.color=never test -Dtest.excludedGroups=terraform,e2e

script-test: ## compile and unit-test the Glue scripts (no Spark needed)
	python3 -m py_compile glue-scripts/glue_common/*.py glue-scripts/*/*.py
	python3 -m unittest discover -s glue-scripts/tests
	@find glue-scripts -name __pycache__ -type d -prune -exec rm -rf {} +

clean: ## remove build output (never state)
	rm -rf target cdktf.out

# --- Glue jobs on local Spark (test classpath only; see README "Developing a Glue job") ---
TEST_CLASSPATH_FILE := target/test-classpath.txt
TEST_COMPILED := target/.test-compiled
TEST_SOURCES := $(shell find src -type f 2>/dev/null)
# JVM flags local Spark needs on Java 17; one list, in pom.xml (Surefire's argLine uses it too).
SPARK_JAVA_OPTS = $(shell sed -n 's:.*<spark.test.jvm.args>\(.*\)</spark.test.jvm.args>.*:\1:p' pom.xml)

$(TEST_CLASSPATH_FILE): pom.xml
	@mkdir -p target
	$(MVN) dependency:build-classpath -Dmdep.outputFile=$(TEST_CLASSPATH_FILE) -DincludeScope=test

$(TEST_COMPILED): $(TEST_SOURCES) pom.xml
	$(MVN) test-compile
	@touch $@

.PHONY: run-job
run-job: $(TEST_CLASSPATH_FILE) $(TEST_COMPILED) ## run one Glue job's SQL on local Spark: JOB=<name> [INPUT=<path>|<input>=<path>,...] [OUTPUT=<dir>]
	$(JAVA) $(SPARK_JAVA_OPTS) -Dplatform.repoRoot=$(CURDIR) -cp target/test-classes:target/classes:$$(cat $(TEST_CLASSPATH_FILE)) \
		io.glueplatform.glue.spark.RunJob "$(JOB)" "$(INPUT)" "$(OUTPUT)"
