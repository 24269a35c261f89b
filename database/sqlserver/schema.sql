IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE TABLE [ApiKeys] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(100) NOT NULL,
        [KeyHash] nvarchar(64) NOT NULL,
        [Role] nvarchar(32) NOT NULL,
        [IsActive] bit NOT NULL,
        [CreatedUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_ApiKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(450) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] bigint NOT NULL IDENTITY,
        [TimestampUtc] datetime2 NOT NULL,
        [UserName] nvarchar(256) NULL,
        [ClientIp] nvarchar(64) NULL,
        [Action] nvarchar(32) NOT NULL,
        [EntityType] nvarchar(100) NULL,
        [EntityKey] nvarchar(100) NULL,
        [Changes] nvarchar(max) NULL,
        [Detail] nvarchar(2000) NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE TABLE [Campuses] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(32) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Address] nvarchar(200) NULL,
        CONSTRAINT [PK_Campuses] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE TABLE [Manufacturers] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(32) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [CreditCode] nvarchar(18) NULL,
        [Country] nvarchar(50) NOT NULL,
        CONSTRAINT [PK_Manufacturers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE TABLE [Suppliers] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(32) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [NameInitials] nvarchar(200) NOT NULL,
        [CreditCode] nvarchar(18) NULL,
        [ContactName] nvarchar(50) NULL,
        [Phone] nvarchar(30) NULL,
        [Address] nvarchar(200) NULL,
        [Blacklisted] bit NOT NULL,
        [BlacklistReason] nvarchar(500) NULL,
        [BlacklistedOn] date NULL,
        [IntegrityPledgeDate] date NULL,
        [IsActive] bit NOT NULL,
        CONSTRAINT [PK_Suppliers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE TABLE [Departments] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(32) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [NameInitials] nvarchar(200) NOT NULL,
        [Type] nvarchar(32) NOT NULL,
        [CostCenterCode] nvarchar(32) NOT NULL,
        [CampusId] int NOT NULL,
        [IsActive] bit NOT NULL,
        CONSTRAINT [PK_Departments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Departments_Campuses_CampusId] FOREIGN KEY ([CampusId]) REFERENCES [Campuses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE TABLE [Certificates] (
        [Id] int NOT NULL IDENTITY,
        [Type] nvarchar(32) NOT NULL,
        [Number] nvarchar(64) NOT NULL,
        [Issuer] nvarchar(100) NULL,
        [ValidFrom] date NULL,
        [ValidUntil] date NULL,
        [SupplierId] int NULL,
        [ManufacturerId] int NULL,
        CONSTRAINT [PK_Certificates] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_Certificates_Holder] CHECK (("SupplierId" IS NOT NULL AND "ManufacturerId" IS NULL) OR ("SupplierId" IS NULL AND "ManufacturerId" IS NOT NULL)),
        CONSTRAINT [FK_Certificates_Manufacturers_ManufacturerId] FOREIGN KEY ([ManufacturerId]) REFERENCES [Manufacturers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Certificates_Suppliers_SupplierId] FOREIGN KEY ([SupplierId]) REFERENCES [Suppliers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE TABLE [Items] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(32) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [NameInitials] nvarchar(200) NOT NULL,
        [Specification] nvarchar(200) NOT NULL,
        [Model] nvarchar(100) NULL,
        [Unit] nvarchar(16) NOT NULL,
        [PackUnit] nvarchar(16) NULL,
        [PackQuantity] int NOT NULL,
        [ManufacturerId] int NOT NULL,
        [SupplierId] int NOT NULL,
        [UnitPrice] decimal(18,4) NOT NULL,
        [ChargePrice] decimal(18,4) NULL,
        [Category] nvarchar(32) NOT NULL,
        [ManagementMode] nvarchar(32) NOT NULL,
        [TrackingMode] nvarchar(32) NOT NULL,
        [UdiDi] nvarchar(14) NULL,
        [RegistrationCertificateNo] nvarchar(64) NULL,
        [RegistrationCertificateExpiry] date NULL,
        [ChargeCode] nvarchar(32) NULL,
        [NationalCode] nvarchar(20) NULL,
        [StorageCondition] nvarchar(32) NOT NULL,
        [ShelfLifeMonths] int NULL,
        [IsConsignment] bit NOT NULL,
        [IsImplant] bit NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        CONSTRAINT [PK_Items] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Items_Manufacturers_ManufacturerId] FOREIGN KEY ([ManufacturerId]) REFERENCES [Manufacturers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Items_Suppliers_SupplierId] FOREIGN KEY ([SupplierId]) REFERENCES [Suppliers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(450) NOT NULL,
        [DisplayName] nvarchar(100) NOT NULL,
        [SupplierId] int NULL,
        [DepartmentId] int NULL,
        [LastFailedLoginUtc] datetime2 NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUsers_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AspNetUsers_Suppliers_SupplierId] FOREIGN KEY ([SupplierId]) REFERENCES [Suppliers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE TABLE [Warehouses] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(32) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [CampusId] int NOT NULL,
        [OwnerDepartmentId] int NULL,
        [SupplyingWarehouseId] int NULL,
        [IsActive] bit NOT NULL,
        CONSTRAINT [PK_Warehouses] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Warehouses_Campuses_CampusId] FOREIGN KEY ([CampusId]) REFERENCES [Campuses] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Warehouses_Departments_OwnerDepartmentId] FOREIGN KEY ([OwnerDepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Warehouses_Warehouses_SupplyingWarehouseId] FOREIGN KEY ([SupplyingWarehouseId]) REFERENCES [Warehouses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(450) NOT NULL,
        [RoleId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(450) NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE TABLE [Locations] (
        [Id] int NOT NULL IDENTITY,
        [WarehouseId] int NOT NULL,
        [Code] nvarchar(32) NOT NULL,
        [Zone] nvarchar(32) NULL,
        [IsActive] bit NOT NULL,
        CONSTRAINT [PK_Locations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Locations_Warehouses_WarehouseId] FOREIGN KEY ([WarehouseId]) REFERENCES [Warehouses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ApiKeys_KeyHash] ON [ApiKeys] ([KeyHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_DepartmentId] ON [AspNetUsers] ([DepartmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_SupplierId] ON [AspNetUsers] ([SupplierId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_EntityType_EntityKey] ON [AuditEntries] ([EntityType], [EntityKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_TimestampUtc] ON [AuditEntries] ([TimestampUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_UserName] ON [AuditEntries] ([UserName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Campuses_Code] ON [Campuses] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_Certificates_ManufacturerId] ON [Certificates] ([ManufacturerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_Certificates_SupplierId] ON [Certificates] ([SupplierId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_Certificates_ValidUntil] ON [Certificates] ([ValidUntil]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_Departments_CampusId] ON [Departments] ([CampusId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Departments_Code] ON [Departments] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_Departments_Name] ON [Departments] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_Departments_NameInitials] ON [Departments] ([NameInitials]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_Items_ChargeCode] ON [Items] ([ChargeCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Items_Code] ON [Items] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_Items_ManufacturerId] ON [Items] ([ManufacturerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_Items_Name] ON [Items] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_Items_NameInitials] ON [Items] ([NameInitials]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_Items_Status_Category] ON [Items] ([Status], [Category]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_Items_SupplierId] ON [Items] ([SupplierId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_Items_UdiDi] ON [Items] ([UdiDi]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Locations_WarehouseId_Code] ON [Locations] ([WarehouseId], [Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Manufacturers_Code] ON [Manufacturers] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Suppliers_Code] ON [Suppliers] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_Suppliers_Name] ON [Suppliers] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_Suppliers_NameInitials] ON [Suppliers] ([NameInitials]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_Warehouses_CampusId] ON [Warehouses] ([CampusId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Warehouses_Code] ON [Warehouses] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_Warehouses_Kind] ON [Warehouses] ([Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_Warehouses_OwnerDepartmentId] ON [Warehouses] ([OwnerDepartmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    CREATE INDEX [IX_Warehouses_SupplyingWarehouseId] ON [Warehouses] ([SupplyingWarehouseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    EXEC(N'CREATE TRIGGER [TR_AuditEntries_NoUpdate] ON [AuditEntries] AFTER UPDATE AS BEGIN SET NOCOUNT ON; THROW 51000, ''The audit trail is append-only.'', 1; END')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    EXEC(N'CREATE TRIGGER [TR_AuditEntries_NoDelete] ON [AuditEntries] AFTER DELETE AS BEGIN SET NOCOUNT ON; THROW 51000, ''The audit trail is append-only.'', 1; END')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122165331_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122165331_Initial', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    ALTER TABLE [Items] ADD [ChangedUtc] datetime2 NOT NULL DEFAULT '0001-01-01T00:00:00.0000000';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    ALTER TABLE [Certificates] ADD [AuthorizingManufacturerId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    ALTER TABLE [Certificates] ADD [FileContentType] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    ALTER TABLE [Certificates] ADD [FileName] nvarchar(260) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    ALTER TABLE [Certificates] ADD [FileSize] bigint NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    ALTER TABLE [Certificates] ADD [ReplacesCertificateId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    ALTER TABLE [Certificates] ADD [ReviewNote] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    ALTER TABLE [Certificates] ADD [ReviewedBy] nvarchar(256) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    ALTER TABLE [Certificates] ADD [ReviewedUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    ALTER TABLE [Certificates] ADD [Status] nvarchar(32) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    ALTER TABLE [Certificates] ADD [StoredFileName] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    ALTER TABLE [Certificates] ADD [SubmittedBy] nvarchar(256) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    ALTER TABLE [Certificates] ADD [SubmittedUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [IsDepartmentHead] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE TABLE [AdmissionRequests] (
        [Id] int NOT NULL IDENTITY,
        [Number] nvarchar(32) NOT NULL,
        [DepartmentId] int NOT NULL,
        [ApplicantUserName] nvarchar(256) NOT NULL,
        [ItemName] nvarchar(200) NOT NULL,
        [Specification] nvarchar(200) NOT NULL,
        [Model] nvarchar(100) NULL,
        [ManufacturerName] nvarchar(200) NULL,
        [SupplierId] int NULL,
        [Category] nvarchar(32) NOT NULL,
        [Reason] nvarchar(2000) NOT NULL,
        [ExpectedAnnualQuantity] int NOT NULL,
        [EstimatedUnitPrice] decimal(18,4) NOT NULL,
        [ReplacesItemId] int NULL,
        [Status] nvarchar(32) NOT NULL,
        [CreatedItemId] int NULL,
        [SubmittedUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_AdmissionRequests] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AdmissionRequests_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AdmissionRequests_Items_CreatedItemId] FOREIGN KEY ([CreatedItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AdmissionRequests_Items_ReplacesItemId] FOREIGN KEY ([ReplacesItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AdmissionRequests_Suppliers_SupplierId] FOREIGN KEY ([SupplierId]) REFERENCES [Suppliers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE TABLE [ItemSuppliers] (
        [Id] int NOT NULL IDENTITY,
        [ItemId] int NOT NULL,
        [SupplierId] int NOT NULL,
        [UnitPrice] decimal(18,4) NOT NULL,
        [IsActive] bit NOT NULL,
        CONSTRAINT [PK_ItemSuppliers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ItemSuppliers_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ItemSuppliers_Suppliers_SupplierId] FOREIGN KEY ([SupplierId]) REFERENCES [Suppliers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE TABLE [Notifications] (
        [Id] bigint NOT NULL IDENTITY,
        [CreatedUtc] datetime2 NOT NULL,
        [Audience] nvarchar(32) NOT NULL,
        [SupplierId] int NULL,
        [MessageKey] nvarchar(100) NOT NULL,
        [Arguments] nvarchar(2000) NOT NULL,
        [Link] nvarchar(200) NULL,
        [DedupKey] nvarchar(200) NOT NULL,
        [ReadUtc] datetime2 NULL,
        [ReadBy] nvarchar(256) NULL,
        CONSTRAINT [PK_Notifications] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Notifications_Suppliers_SupplierId] FOREIGN KEY ([SupplierId]) REFERENCES [Suppliers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE TABLE [Substitutions] (
        [Id] int NOT NULL IDENTITY,
        [OldItemId] int NOT NULL,
        [NewItemId] int NOT NULL,
        [Reason] nvarchar(1000) NOT NULL,
        [ProposedBy] nvarchar(256) NOT NULL,
        [ProposingSupplierId] int NULL,
        [Status] nvarchar(32) NOT NULL,
        [ProposedUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_Substitutions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Substitutions_Items_NewItemId] FOREIGN KEY ([NewItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Substitutions_Items_OldItemId] FOREIGN KEY ([OldItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Substitutions_Suppliers_ProposingSupplierId] FOREIGN KEY ([ProposingSupplierId]) REFERENCES [Suppliers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE TABLE [SupplierEvaluations] (
        [Id] int NOT NULL IDENTITY,
        [SupplierId] int NOT NULL,
        [PeriodStart] date NOT NULL,
        [PeriodEnd] date NOT NULL,
        [QualityScore] int NOT NULL,
        [DeliveryScore] int NOT NULL,
        [ServiceScore] int NOT NULL,
        [PriceScore] int NOT NULL,
        [Comment] nvarchar(1000) NULL,
        [EvaluatedBy] nvarchar(256) NOT NULL,
        [EvaluatedOn] date NOT NULL,
        CONSTRAINT [PK_SupplierEvaluations] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_SupplierEvaluations_Scores] CHECK ("QualityScore" BETWEEN 0 AND 100 AND "DeliveryScore" BETWEEN 0 AND 100 AND "ServiceScore" BETWEEN 0 AND 100 AND "PriceScore" BETWEEN 0 AND 100),
        CONSTRAINT [FK_SupplierEvaluations_Suppliers_SupplierId] FOREIGN KEY ([SupplierId]) REFERENCES [Suppliers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE TABLE [WorkflowSteps] (
        [Id] bigint NOT NULL IDENTITY,
        [AdmissionRequestId] int NULL,
        [SubstitutionId] int NULL,
        [Action] nvarchar(32) NOT NULL,
        [FromStatus] nvarchar(32) NOT NULL,
        [ToStatus] nvarchar(32) NOT NULL,
        [UserName] nvarchar(256) NOT NULL,
        [Role] nvarchar(32) NOT NULL,
        [Comment] nvarchar(1000) NULL,
        [AtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_WorkflowSteps] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_WorkflowSteps_AdmissionRequests_AdmissionRequestId] FOREIGN KEY ([AdmissionRequestId]) REFERENCES [AdmissionRequests] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_WorkflowSteps_Substitutions_SubstitutionId] FOREIGN KEY ([SubstitutionId]) REFERENCES [Substitutions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE INDEX [IX_Items_ChangedUtc] ON [Items] ([ChangedUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE INDEX [IX_Certificates_AuthorizingManufacturerId] ON [Certificates] ([AuthorizingManufacturerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE INDEX [IX_Certificates_ReplacesCertificateId] ON [Certificates] ([ReplacesCertificateId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE INDEX [IX_Certificates_Status] ON [Certificates] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE INDEX [IX_AdmissionRequests_CreatedItemId] ON [AdmissionRequests] ([CreatedItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE INDEX [IX_AdmissionRequests_DepartmentId] ON [AdmissionRequests] ([DepartmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AdmissionRequests_Number] ON [AdmissionRequests] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE INDEX [IX_AdmissionRequests_ReplacesItemId] ON [AdmissionRequests] ([ReplacesItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE INDEX [IX_AdmissionRequests_Status] ON [AdmissionRequests] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE INDEX [IX_AdmissionRequests_SupplierId] ON [AdmissionRequests] ([SupplierId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ItemSuppliers_ItemId_SupplierId] ON [ItemSuppliers] ([ItemId], [SupplierId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE INDEX [IX_ItemSuppliers_SupplierId] ON [ItemSuppliers] ([SupplierId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE INDEX [IX_Notifications_Audience_SupplierId_ReadUtc] ON [Notifications] ([Audience], [SupplierId], [ReadUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Notifications_DedupKey] ON [Notifications] ([DedupKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE INDEX [IX_Notifications_SupplierId] ON [Notifications] ([SupplierId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE INDEX [IX_Substitutions_NewItemId] ON [Substitutions] ([NewItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE INDEX [IX_Substitutions_OldItemId] ON [Substitutions] ([OldItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE INDEX [IX_Substitutions_ProposingSupplierId] ON [Substitutions] ([ProposingSupplierId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE INDEX [IX_Substitutions_Status] ON [Substitutions] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SupplierEvaluations_SupplierId_PeriodStart] ON [SupplierEvaluations] ([SupplierId], [PeriodStart]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE INDEX [IX_WorkflowSteps_AdmissionRequestId] ON [WorkflowSteps] ([AdmissionRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    CREATE INDEX [IX_WorkflowSteps_SubstitutionId] ON [WorkflowSteps] ([SubstitutionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    ALTER TABLE [Certificates] ADD CONSTRAINT [FK_Certificates_Certificates_ReplacesCertificateId] FOREIGN KEY ([ReplacesCertificateId]) REFERENCES [Certificates] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    ALTER TABLE [Certificates] ADD CONSTRAINT [FK_Certificates_Manufacturers_AuthorizingManufacturerId] FOREIGN KEY ([AuthorizingManufacturerId]) REFERENCES [Manufacturers] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122171923_CatalogAdmission'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122171923_CatalogAdmission', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122172523_ItemVersion'
)
BEGIN
    ALTER TABLE [Items] ADD [Version] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122172523_ItemVersion'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122172523_ItemVersion', N'10.0.14');
END;

COMMIT;
GO

