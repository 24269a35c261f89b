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

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    ALTER TABLE [WorkflowSteps] ADD [PurchasePlanId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    ALTER TABLE [WorkflowSteps] ADD [StocktakeId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    ALTER TABLE [Warehouses] ADD [HumidityMaxPercent] decimal(18,4) NOT NULL DEFAULT 0.0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    ALTER TABLE [Warehouses] ADD [HumidityMinPercent] decimal(18,4) NOT NULL DEFAULT 0.0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    ALTER TABLE [Warehouses] ADD [TemperatureMaxC] decimal(18,4) NOT NULL DEFAULT 0.0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    ALTER TABLE [Warehouses] ADD [TemperatureMinC] decimal(18,4) NOT NULL DEFAULT 0.0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE TABLE [ClimateReadings] (
        [Id] bigint NOT NULL IDENTITY,
        [WarehouseId] int NOT NULL,
        [TakenUtc] datetime2 NOT NULL,
        [TemperatureC] decimal(18,4) NOT NULL,
        [HumidityPercent] decimal(18,4) NOT NULL,
        [Source] nvarchar(32) NOT NULL,
        [RecordedBy] nvarchar(256) NOT NULL,
        [OutOfRange] bit NOT NULL,
        [Note] nvarchar(500) NULL,
        CONSTRAINT [PK_ClimateReadings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ClimateReadings_Warehouses_WarehouseId] FOREIGN KEY ([WarehouseId]) REFERENCES [Warehouses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE TABLE [DocumentSequences] (
        [Key] nvarchar(32) NOT NULL,
        [Last] int NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_DocumentSequences] PRIMARY KEY ([Key])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE TABLE [PackDefinitions] (
        [Id] int NOT NULL IDENTITY,
        [DepartmentId] int NOT NULL,
        [ItemId] int NOT NULL,
        [PackSize] int NOT NULL,
        [IsActive] bit NOT NULL,
        [ChangedUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_PackDefinitions] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_PackDefinitions_PackSize] CHECK (PackSize > 0),
        CONSTRAINT [FK_PackDefinitions_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PackDefinitions_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE TABLE [PurchasePlans] (
        [Id] int NOT NULL IDENTITY,
        [No] nvarchar(32) NOT NULL,
        [WarehouseId] int NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [CreatedUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [DecidedUtc] datetime2 NULL,
        [DecidedBy] nvarchar(256) NULL,
        [Comment] nvarchar(1000) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_PurchasePlans] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PurchasePlans_Warehouses_WarehouseId] FOREIGN KEY ([WarehouseId]) REFERENCES [Warehouses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE TABLE [Recalls] (
        [Id] int NOT NULL IDENTITY,
        [No] nvarchar(32) NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [ItemId] int NULL,
        [ManufacturerId] int NULL,
        [Model] nvarchar(100) NULL,
        [LotNumber] nvarchar(40) NULL,
        [Reason] nvarchar(1000) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [StartedUtc] datetime2 NOT NULL,
        [StartedBy] nvarchar(256) NOT NULL,
        [DeadlineUtc] datetime2 NOT NULL,
        [ReportedUtc] datetime2 NULL,
        [ClosedUtc] datetime2 NULL,
        [ClosedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_Recalls] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Recalls_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Recalls_Manufacturers_ManufacturerId] FOREIGN KEY ([ManufacturerId]) REFERENCES [Manufacturers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE TABLE [ReplenishmentSettings] (
        [Id] int NOT NULL IDENTITY,
        [WarehouseId] int NOT NULL,
        [ItemId] int NOT NULL,
        [FixedLocationId] int NULL,
        [SafetyStock] int NOT NULL,
        [ReorderPoint] int NOT NULL,
        [MinLevel] int NOT NULL,
        [MaxLevel] int NOT NULL,
        [ChangedUtc] datetime2 NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_ReplenishmentSettings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReplenishmentSettings_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ReplenishmentSettings_Locations_FixedLocationId] FOREIGN KEY ([FixedLocationId]) REFERENCES [Locations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ReplenishmentSettings_Warehouses_WarehouseId] FOREIGN KEY ([WarehouseId]) REFERENCES [Warehouses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE TABLE [StockBalances] (
        [Id] bigint NOT NULL IDENTITY,
        [WarehouseId] int NOT NULL,
        [LocationId] int NULL,
        [LocationKey] int NOT NULL,
        [ItemId] int NOT NULL,
        [LotNumber] nvarchar(40) NOT NULL,
        [ExpiryDate] date NULL,
        [OwnerSupplierId] int NULL,
        [OwnerKey] int NOT NULL,
        [State] nvarchar(32) NOT NULL,
        [Quantity] int NOT NULL,
        [UnitCost] decimal(18,4) NOT NULL,
        [Version] int NOT NULL,
        [ChangedUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_StockBalances] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_StockBalances_Quantity] CHECK (Quantity >= 0),
        CONSTRAINT [FK_StockBalances_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StockBalances_Locations_LocationId] FOREIGN KEY ([LocationId]) REFERENCES [Locations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StockBalances_Suppliers_OwnerSupplierId] FOREIGN KEY ([OwnerSupplierId]) REFERENCES [Suppliers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StockBalances_Warehouses_WarehouseId] FOREIGN KEY ([WarehouseId]) REFERENCES [Warehouses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE TABLE [Stocktakes] (
        [Id] int NOT NULL IDENTITY,
        [No] nvarchar(32) NOT NULL,
        [WarehouseId] int NOT NULL,
        [Zone] nvarchar(32) NULL,
        [Status] nvarchar(32) NOT NULL,
        [FrozenUtc] datetime2 NOT NULL,
        [OpenedBy] nvarchar(256) NOT NULL,
        [SubmittedUtc] datetime2 NULL,
        [PostedUtc] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Stocktakes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Stocktakes_Warehouses_WarehouseId] FOREIGN KEY ([WarehouseId]) REFERENCES [Warehouses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE TABLE [PurchaseOrders] (
        [Id] int NOT NULL IDENTITY,
        [No] nvarchar(32) NOT NULL,
        [SupplierId] int NOT NULL,
        [WarehouseId] int NOT NULL,
        [PurchasePlanId] int NULL,
        [Urgency] nvarchar(32) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [CreatedUtc] datetime2 NOT NULL,
        [DueUtc] datetime2 NOT NULL,
        [ConfirmedDeliveryDate] date NULL,
        [ConfirmedUtc] datetime2 NULL,
        [ConfirmedBy] nvarchar(256) NULL,
        [ChangedUtc] datetime2 NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_PurchaseOrders] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PurchaseOrders_PurchasePlans_PurchasePlanId] FOREIGN KEY ([PurchasePlanId]) REFERENCES [PurchasePlans] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PurchaseOrders_Suppliers_SupplierId] FOREIGN KEY ([SupplierId]) REFERENCES [Suppliers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PurchaseOrders_Warehouses_WarehouseId] FOREIGN KEY ([WarehouseId]) REFERENCES [Warehouses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE TABLE [StocktakeLines] (
        [Id] bigint NOT NULL IDENTITY,
        [StocktakeId] int NOT NULL,
        [LocationId] int NULL,
        [ItemId] int NOT NULL,
        [LotNumber] nvarchar(40) NOT NULL,
        [ExpiryDate] date NULL,
        [OwnerSupplierId] int NULL,
        [State] nvarchar(32) NOT NULL,
        [BookQuantity] int NOT NULL,
        [CountedQuantity] int NULL,
        [UnitCost] decimal(18,4) NOT NULL,
        [AddedDuringCount] bit NOT NULL,
        [CountedBy] nvarchar(256) NULL,
        [CountedUtc] datetime2 NULL,
        CONSTRAINT [PK_StocktakeLines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StocktakeLines_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StocktakeLines_Locations_LocationId] FOREIGN KEY ([LocationId]) REFERENCES [Locations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StocktakeLines_Stocktakes_StocktakeId] FOREIGN KEY ([StocktakeId]) REFERENCES [Stocktakes] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_StocktakeLines_Suppliers_OwnerSupplierId] FOREIGN KEY ([OwnerSupplierId]) REFERENCES [Suppliers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE TABLE [DeliveryNotes] (
        [Id] int NOT NULL IDENTITY,
        [No] nvarchar(32) NOT NULL,
        [SupplierId] int NOT NULL,
        [PurchaseOrderId] int NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [Source] nvarchar(32) NOT NULL,
        [ExternalRef] nvarchar(64) NULL,
        [DeliveryDate] date NOT NULL,
        [Courier] nvarchar(100) NULL,
        [CreatedUtc] datetime2 NOT NULL,
        [SubmittedUtc] datetime2 NULL,
        [SubmittedBy] nvarchar(256) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_DeliveryNotes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DeliveryNotes_PurchaseOrders_PurchaseOrderId] FOREIGN KEY ([PurchaseOrderId]) REFERENCES [PurchaseOrders] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_DeliveryNotes_Suppliers_SupplierId] FOREIGN KEY ([SupplierId]) REFERENCES [Suppliers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE TABLE [PurchaseOrderLines] (
        [Id] bigint NOT NULL IDENTITY,
        [PurchaseOrderId] int NOT NULL,
        [ItemId] int NOT NULL,
        [Quantity] int NOT NULL,
        [UnitPrice] decimal(18,4) NOT NULL,
        [DeliveredQuantity] int NOT NULL,
        [ReceivedQuantity] int NOT NULL,
        [RefusedQuantity] int NOT NULL,
        [Short] bit NOT NULL,
        [ShortFlaggedUtc] datetime2 NULL,
        [ShortClearedUtc] datetime2 NULL,
        [ShortNote] nvarchar(500) NULL,
        CONSTRAINT [PK_PurchaseOrderLines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PurchaseOrderLines_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PurchaseOrderLines_PurchaseOrders_PurchaseOrderId] FOREIGN KEY ([PurchaseOrderId]) REFERENCES [PurchaseOrders] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE TABLE [PurchasePlanLines] (
        [Id] bigint NOT NULL IDENTITY,
        [PurchasePlanId] int NOT NULL,
        [ItemId] int NOT NULL,
        [SupplierId] int NOT NULL,
        [CentralDemand] int NOT NULL,
        [SecondaryDemand] int NOT NULL,
        [Quantity] int NOT NULL,
        [Urgency] nvarchar(32) NOT NULL,
        [DueUtc] datetime2 NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [RefusalCode] nvarchar(64) NULL,
        [RefusalArguments] nvarchar(1000) NULL,
        [PurchaseOrderId] int NULL,
        CONSTRAINT [PK_PurchasePlanLines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PurchasePlanLines_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PurchasePlanLines_PurchaseOrders_PurchaseOrderId] FOREIGN KEY ([PurchaseOrderId]) REFERENCES [PurchaseOrders] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PurchasePlanLines_PurchasePlans_PurchasePlanId] FOREIGN KEY ([PurchasePlanId]) REFERENCES [PurchasePlans] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_PurchasePlanLines_Suppliers_SupplierId] FOREIGN KEY ([SupplierId]) REFERENCES [Suppliers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE TABLE [Receipts] (
        [Id] int NOT NULL IDENTITY,
        [No] nvarchar(32) NOT NULL,
        [DeliveryNoteId] int NOT NULL,
        [WarehouseId] int NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [UserName] nvarchar(256) NOT NULL,
        [StartedUtc] datetime2 NOT NULL,
        [AcceptedUtc] datetime2 NULL,
        [CompletedUtc] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Receipts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Receipts_DeliveryNotes_DeliveryNoteId] FOREIGN KEY ([DeliveryNoteId]) REFERENCES [DeliveryNotes] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Receipts_Warehouses_WarehouseId] FOREIGN KEY ([WarehouseId]) REFERENCES [Warehouses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE TABLE [DeliveryNoteLines] (
        [Id] bigint NOT NULL IDENTITY,
        [DeliveryNoteId] int NOT NULL,
        [PurchaseOrderLineId] bigint NOT NULL,
        [ItemId] int NOT NULL,
        [Quantity] int NOT NULL,
        [LotNumber] nvarchar(40) NOT NULL,
        [ProductionDate] date NULL,
        [ExpiryDate] date NOT NULL,
        [RegistrationCertificateNo] nvarchar(64) NULL,
        [AcceptedQuantity] int NOT NULL,
        [RefusedQuantity] int NOT NULL,
        CONSTRAINT [PK_DeliveryNoteLines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DeliveryNoteLines_DeliveryNotes_DeliveryNoteId] FOREIGN KEY ([DeliveryNoteId]) REFERENCES [DeliveryNotes] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_DeliveryNoteLines_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_DeliveryNoteLines_PurchaseOrderLines_PurchaseOrderLineId] FOREIGN KEY ([PurchaseOrderLineId]) REFERENCES [PurchaseOrderLines] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE TABLE [ReceiptLines] (
        [Id] bigint NOT NULL IDENTITY,
        [ReceiptId] int NOT NULL,
        [DeliveryNoteLineId] bigint NOT NULL,
        [ItemId] int NOT NULL,
        [LotNumber] nvarchar(40) NOT NULL,
        [ExpiryDate] date NULL,
        [AcceptedQuantity] int NOT NULL,
        [RefusedQuantity] int NOT NULL,
        [RefusalCode] nvarchar(64) NULL,
        [RefusalArguments] nvarchar(1000) NULL,
        [OwnerSupplierId] int NULL,
        [UnitCost] decimal(18,4) NOT NULL,
        [PutAwayQuantity] int NOT NULL,
        CONSTRAINT [PK_ReceiptLines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReceiptLines_DeliveryNoteLines_DeliveryNoteLineId] FOREIGN KEY ([DeliveryNoteLineId]) REFERENCES [DeliveryNoteLines] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ReceiptLines_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ReceiptLines_Receipts_ReceiptId] FOREIGN KEY ([ReceiptId]) REFERENCES [Receipts] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ReceiptLines_Suppliers_OwnerSupplierId] FOREIGN KEY ([OwnerSupplierId]) REFERENCES [Suppliers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE TABLE [StockUnits] (
        [Id] bigint NOT NULL IDENTITY,
        [Code] nvarchar(32) NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [ItemId] int NOT NULL,
        [LotNumber] nvarchar(40) NOT NULL,
        [ExpiryDate] date NULL,
        [ProductionDate] date NULL,
        [Serial] nvarchar(40) NULL,
        [Udi] nvarchar(200) NULL,
        [Epc] nvarchar(24) NULL,
        [Quantity] int NOT NULL,
        [DepartmentId] int NULL,
        [WarehouseId] int NULL,
        [LocationId] int NULL,
        [State] nvarchar(32) NOT NULL,
        [OwnerSupplierId] int NULL,
        [Status] nvarchar(32) NOT NULL,
        [ReceiptLineId] bigint NULL,
        [CreatedUtc] datetime2 NOT NULL,
        [ChangedUtc] datetime2 NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_StockUnits] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StockUnits_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StockUnits_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StockUnits_Locations_LocationId] FOREIGN KEY ([LocationId]) REFERENCES [Locations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StockUnits_ReceiptLines_ReceiptLineId] FOREIGN KEY ([ReceiptLineId]) REFERENCES [ReceiptLines] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StockUnits_Suppliers_OwnerSupplierId] FOREIGN KEY ([OwnerSupplierId]) REFERENCES [Suppliers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StockUnits_Warehouses_WarehouseId] FOREIGN KEY ([WarehouseId]) REFERENCES [Warehouses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE TABLE [StockLedgerEntries] (
        [Id] bigint NOT NULL IDENTITY,
        [AtUtc] datetime2 NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [ItemId] int NOT NULL,
        [LotNumber] nvarchar(40) NOT NULL,
        [ExpiryDate] date NULL,
        [Quantity] int NOT NULL,
        [UnitCost] decimal(18,4) NOT NULL,
        [FromWarehouseId] int NULL,
        [FromLocationId] int NULL,
        [FromState] nvarchar(32) NULL,
        [ToWarehouseId] int NULL,
        [ToLocationId] int NULL,
        [ToState] nvarchar(32) NULL,
        [OwnerSupplierId] int NULL,
        [StockUnitId] bigint NULL,
        [DocumentType] nvarchar(32) NOT NULL,
        [DocumentNo] nvarchar(32) NOT NULL,
        [UserName] nvarchar(256) NOT NULL,
        [Reason] nvarchar(500) NULL,
        [FefoOverride] bit NOT NULL,
        [PatientId] nvarchar(64) NULL,
        [IdempotencyKey] nvarchar(100) NULL,
        CONSTRAINT [PK_StockLedgerEntries] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_StockLedgerEntries_Quantity] CHECK (Quantity > 0),
        CONSTRAINT [FK_StockLedgerEntries_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StockLedgerEntries_Locations_FromLocationId] FOREIGN KEY ([FromLocationId]) REFERENCES [Locations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StockLedgerEntries_Locations_ToLocationId] FOREIGN KEY ([ToLocationId]) REFERENCES [Locations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StockLedgerEntries_StockUnits_StockUnitId] FOREIGN KEY ([StockUnitId]) REFERENCES [StockUnits] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StockLedgerEntries_Suppliers_OwnerSupplierId] FOREIGN KEY ([OwnerSupplierId]) REFERENCES [Suppliers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StockLedgerEntries_Warehouses_FromWarehouseId] FOREIGN KEY ([FromWarehouseId]) REFERENCES [Warehouses] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StockLedgerEntries_Warehouses_ToWarehouseId] FOREIGN KEY ([ToWarehouseId]) REFERENCES [Warehouses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE TABLE [StocktakeScans] (
        [Id] bigint NOT NULL IDENTITY,
        [StocktakeId] int NOT NULL,
        [StocktakeLineId] bigint NOT NULL,
        [Code] nvarchar(200) NOT NULL,
        [StockUnitId] bigint NULL,
        [ScannedUtc] datetime2 NOT NULL,
        [UserName] nvarchar(256) NOT NULL,
        CONSTRAINT [PK_StocktakeScans] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StocktakeScans_StockUnits_StockUnitId] FOREIGN KEY ([StockUnitId]) REFERENCES [StockUnits] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StocktakeScans_StocktakeLines_StocktakeLineId] FOREIGN KEY ([StocktakeLineId]) REFERENCES [StocktakeLines] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StocktakeScans_Stocktakes_StocktakeId] FOREIGN KEY ([StocktakeId]) REFERENCES [Stocktakes] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_WorkflowSteps_PurchasePlanId] ON [WorkflowSteps] ([PurchasePlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_WorkflowSteps_StocktakeId] ON [WorkflowSteps] ([StocktakeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_ClimateReadings_WarehouseId_TakenUtc] ON [ClimateReadings] ([WarehouseId], [TakenUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_DeliveryNoteLines_DeliveryNoteId] ON [DeliveryNoteLines] ([DeliveryNoteId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_DeliveryNoteLines_ItemId_LotNumber] ON [DeliveryNoteLines] ([ItemId], [LotNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_DeliveryNoteLines_PurchaseOrderLineId] ON [DeliveryNoteLines] ([PurchaseOrderLineId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE UNIQUE INDEX [IX_DeliveryNotes_No] ON [DeliveryNotes] ([No]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_DeliveryNotes_PurchaseOrderId] ON [DeliveryNotes] ([PurchaseOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_DeliveryNotes_SupplierId_ExternalRef] ON [DeliveryNotes] ([SupplierId], [ExternalRef]) WHERE [ExternalRef] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_DeliveryNotes_SupplierId_Status] ON [DeliveryNotes] ([SupplierId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PackDefinitions_DepartmentId_ItemId] ON [PackDefinitions] ([DepartmentId], [ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_PackDefinitions_ItemId] ON [PackDefinitions] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_PurchaseOrderLines_ItemId_Short] ON [PurchaseOrderLines] ([ItemId], [Short]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_PurchaseOrderLines_PurchaseOrderId] ON [PurchaseOrderLines] ([PurchaseOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_PurchaseOrders_CreatedUtc] ON [PurchaseOrders] ([CreatedUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PurchaseOrders_No] ON [PurchaseOrders] ([No]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_PurchaseOrders_PurchasePlanId] ON [PurchaseOrders] ([PurchasePlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_PurchaseOrders_SupplierId_Status] ON [PurchaseOrders] ([SupplierId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_PurchaseOrders_WarehouseId] ON [PurchaseOrders] ([WarehouseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_PurchasePlanLines_ItemId_Status] ON [PurchasePlanLines] ([ItemId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_PurchasePlanLines_PurchaseOrderId] ON [PurchasePlanLines] ([PurchaseOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_PurchasePlanLines_PurchasePlanId] ON [PurchasePlanLines] ([PurchasePlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_PurchasePlanLines_SupplierId] ON [PurchasePlanLines] ([SupplierId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PurchasePlans_No] ON [PurchasePlans] ([No]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_PurchasePlans_Status_CreatedUtc] ON [PurchasePlans] ([Status], [CreatedUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_PurchasePlans_WarehouseId] ON [PurchasePlans] ([WarehouseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_Recalls_ItemId] ON [Recalls] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_Recalls_ManufacturerId] ON [Recalls] ([ManufacturerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Recalls_No] ON [Recalls] ([No]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_Recalls_Status] ON [Recalls] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ReceiptLines_DeliveryNoteLineId] ON [ReceiptLines] ([DeliveryNoteLineId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_ReceiptLines_ItemId] ON [ReceiptLines] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_ReceiptLines_OwnerSupplierId] ON [ReceiptLines] ([OwnerSupplierId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_ReceiptLines_ReceiptId] ON [ReceiptLines] ([ReceiptId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Receipts_DeliveryNoteId] ON [Receipts] ([DeliveryNoteId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Receipts_No] ON [Receipts] ([No]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_Receipts_Status_StartedUtc] ON [Receipts] ([Status], [StartedUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_Receipts_WarehouseId] ON [Receipts] ([WarehouseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_ReplenishmentSettings_FixedLocationId] ON [ReplenishmentSettings] ([FixedLocationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_ReplenishmentSettings_ItemId] ON [ReplenishmentSettings] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ReplenishmentSettings_WarehouseId_ItemId] ON [ReplenishmentSettings] ([WarehouseId], [ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StockBalances_ExpiryDate] ON [StockBalances] ([ExpiryDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StockBalances_ItemId_LotNumber] ON [StockBalances] ([ItemId], [LotNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StockBalances_LocationId] ON [StockBalances] ([LocationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StockBalances_OwnerSupplierId] ON [StockBalances] ([OwnerSupplierId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE UNIQUE INDEX [IX_StockBalances_WarehouseId_LocationKey_ItemId_LotNumber_OwnerKey_State] ON [StockBalances] ([WarehouseId], [LocationKey], [ItemId], [LotNumber], [OwnerKey], [State]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StockLedgerEntries_AtUtc] ON [StockLedgerEntries] ([AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StockLedgerEntries_DocumentType_DocumentNo] ON [StockLedgerEntries] ([DocumentType], [DocumentNo]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StockLedgerEntries_FromLocationId] ON [StockLedgerEntries] ([FromLocationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StockLedgerEntries_FromWarehouseId] ON [StockLedgerEntries] ([FromWarehouseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_StockLedgerEntries_IdempotencyKey] ON [StockLedgerEntries] ([IdempotencyKey]) WHERE [IdempotencyKey] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StockLedgerEntries_ItemId_LotNumber] ON [StockLedgerEntries] ([ItemId], [LotNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StockLedgerEntries_OwnerSupplierId] ON [StockLedgerEntries] ([OwnerSupplierId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StockLedgerEntries_StockUnitId] ON [StockLedgerEntries] ([StockUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StockLedgerEntries_ToLocationId] ON [StockLedgerEntries] ([ToLocationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StockLedgerEntries_ToWarehouseId] ON [StockLedgerEntries] ([ToWarehouseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StocktakeLines_ItemId] ON [StocktakeLines] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StocktakeLines_LocationId] ON [StocktakeLines] ([LocationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StocktakeLines_OwnerSupplierId] ON [StocktakeLines] ([OwnerSupplierId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StocktakeLines_StocktakeId] ON [StocktakeLines] ([StocktakeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Stocktakes_No] ON [Stocktakes] ([No]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_Stocktakes_WarehouseId_Status] ON [Stocktakes] ([WarehouseId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE UNIQUE INDEX [IX_StocktakeScans_StocktakeId_Code] ON [StocktakeScans] ([StocktakeId], [Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StocktakeScans_StocktakeLineId] ON [StocktakeScans] ([StocktakeLineId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StocktakeScans_StockUnitId] ON [StocktakeScans] ([StockUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE UNIQUE INDEX [IX_StockUnits_Code] ON [StockUnits] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StockUnits_DepartmentId] ON [StockUnits] ([DepartmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_StockUnits_Epc] ON [StockUnits] ([Epc]) WHERE [Epc] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StockUnits_ItemId_LotNumber] ON [StockUnits] ([ItemId], [LotNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StockUnits_LocationId] ON [StockUnits] ([LocationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StockUnits_OwnerSupplierId] ON [StockUnits] ([OwnerSupplierId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StockUnits_ReceiptLineId] ON [StockUnits] ([ReceiptLineId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_StockUnits_Udi] ON [StockUnits] ([Udi]) WHERE [Udi] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    CREATE INDEX [IX_StockUnits_WarehouseId_Status] ON [StockUnits] ([WarehouseId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    ALTER TABLE [WorkflowSteps] ADD CONSTRAINT [FK_WorkflowSteps_PurchasePlans_PurchasePlanId] FOREIGN KEY ([PurchasePlanId]) REFERENCES [PurchasePlans] ([Id]) ON DELETE CASCADE;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    ALTER TABLE [WorkflowSteps] ADD CONSTRAINT [FK_WorkflowSteps_Stocktakes_StocktakeId] FOREIGN KEY ([StocktakeId]) REFERENCES [Stocktakes] ([Id]) ON DELETE CASCADE;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    EXEC(N'CREATE TRIGGER [TR_StockLedgerEntries_NoUpdate] ON [StockLedgerEntries] AFTER UPDATE AS BEGIN SET NOCOUNT ON; THROW 51000, ''The stock ledger is append-only.'', 1; END')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    EXEC(N'CREATE TRIGGER [TR_StockLedgerEntries_NoDelete] ON [StockLedgerEntries] AFTER DELETE AS BEGIN SET NOCOUNT ON; THROW 51000, ''The stock ledger is append-only.'', 1; END')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122185551_Inventory'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122185551_Inventory', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    DROP INDEX [IX_StockUnits_DepartmentId] ON [StockUnits];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    ALTER TABLE [WorkflowSteps] ADD [RequisitionId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    ALTER TABLE [StockUnits] ADD [LabelChangedUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    ALTER TABLE [StockUnits] ADD [LabelStatus] nvarchar(32) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [AssistantAssignments] (
        [Id] int NOT NULL IDENTITY,
        [UserName] nvarchar(256) NOT NULL,
        [DepartmentId] int NOT NULL,
        CONSTRAINT [PK_AssistantAssignments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AssistantAssignments_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [DepartmentProblems] (
        [Id] int NOT NULL IDENTITY,
        [DepartmentId] int NOT NULL,
        [Category] nvarchar(32) NOT NULL,
        [Description] nvarchar(1000) NOT NULL,
        [Owner] nvarchar(100) NOT NULL,
        [DueDate] date NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [FoundBy] nvarchar(256) NOT NULL,
        [FoundUtc] datetime2 NOT NULL,
        [ResolvedUtc] datetime2 NULL,
        [Resolution] nvarchar(1000) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_DepartmentProblems] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DepartmentProblems_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [DepartmentQuotas] (
        [Id] int NOT NULL IDENTITY,
        [DepartmentId] int NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [ItemId] int NULL,
        [MonthlyLimit] decimal(18,4) NOT NULL,
        [IsActive] bit NOT NULL,
        [ChangedUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_DepartmentQuotas] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_DepartmentQuotas_Item] CHECK ((Kind = 'ItemQuantity' AND ItemId IS NOT NULL) OR (Kind <> 'ItemQuantity' AND ItemId IS NULL)),
        CONSTRAINT [CK_DepartmentQuotas_Limit] CHECK (MonthlyLimit > 0),
        CONSTRAINT [FK_DepartmentQuotas_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_DepartmentQuotas_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [DepartmentSupplies] (
        [Id] int NOT NULL IDENTITY,
        [DepartmentId] int NOT NULL,
        [CycleDays] int NOT NULL,
        [DeliveryDay] nvarchar(32) NOT NULL,
        [Route] nvarchar(32) NOT NULL,
        [ReceiveAtDispatch] bit NOT NULL,
        [StockBaseDays] int NOT NULL,
        [ChangedUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_DepartmentSupplies] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_DepartmentSupplies_CycleDays] CHECK (CycleDays BETWEEN 1 AND 31),
        CONSTRAINT [CK_DepartmentSupplies_StockBaseDays] CHECK (StockBaseDays BETWEEN 1 AND 90),
        CONSTRAINT [FK_DepartmentSupplies_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [Doctors] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(40) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [DepartmentId] int NOT NULL,
        [UserName] nvarchar(256) NULL,
        [IsActive] bit NOT NULL,
        CONSTRAINT [PK_Doctors] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Doctors_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [FixedQuantityLimits] (
        [Id] int NOT NULL IDENTITY,
        [WarehouseId] int NOT NULL,
        [ItemId] int NOT NULL,
        [UpperLimit] int NOT NULL,
        [SuggestedLimit] int NULL,
        [ApprovedBy] nvarchar(256) NULL,
        [ApprovedUtc] datetime2 NULL,
        [IsActive] bit NOT NULL,
        [ChangedUtc] datetime2 NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_FixedQuantityLimits] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_FixedQuantityLimits_UpperLimit] CHECK (UpperLimit >= 0),
        CONSTRAINT [FK_FixedQuantityLimits_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_FixedQuantityLimits_Warehouses_WarehouseId] FOREIGN KEY ([WarehouseId]) REFERENCES [Warehouses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [LabelStocktakes] (
        [Id] int NOT NULL IDENTITY,
        [No] nvarchar(32) NOT NULL,
        [DepartmentId] int NOT NULL,
        [OpenedBy] nvarchar(256) NOT NULL,
        [OpenedUtc] datetime2 NOT NULL,
        [ConfirmedBy] nvarchar(256) NULL,
        [ConfirmedUtc] datetime2 NULL,
        CONSTRAINT [PK_LabelStocktakes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_LabelStocktakes_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [Patients] (
        [Id] int NOT NULL IDENTITY,
        [PatientNo] nvarchar(40) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [ChangedUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_Patients] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [Requisitions] (
        [Id] int NOT NULL IDENTITY,
        [No] nvarchar(32) NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [Priority] nvarchar(32) NOT NULL,
        [DepartmentId] int NOT NULL,
        [WarehouseId] int NOT NULL,
        [SupplyingWarehouseId] int NOT NULL,
        [ForMonth] date NULL,
        [ScheduledDate] date NULL,
        [Reason] nvarchar(500) NULL,
        [RequestedBy] nvarchar(256) NOT NULL,
        [CreatedUtc] datetime2 NOT NULL,
        [SubmittedUtc] datetime2 NULL,
        [ApprovedBy] nvarchar(256) NULL,
        [ApprovedUtc] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Requisitions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Requisitions_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Requisitions_Warehouses_SupplyingWarehouseId] FOREIGN KEY ([SupplyingWarehouseId]) REFERENCES [Warehouses] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Requisitions_Warehouses_WarehouseId] FOREIGN KEY ([WarehouseId]) REFERENCES [Warehouses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [SurgicalKits] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(32) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [OperationTypes] nvarchar(500) NOT NULL,
        [IsActive] bit NOT NULL,
        [ChangedUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_SurgicalKits] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [Waves] (
        [Id] int NOT NULL IDENTITY,
        [No] nvarchar(32) NOT NULL,
        [WarehouseId] int NOT NULL,
        [Route] nvarchar(32) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [CreatedUtc] datetime2 NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Waves] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Waves_Warehouses_WarehouseId] FOREIGN KEY ([WarehouseId]) REFERENCES [Warehouses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [LabelStocktakeLines] (
        [Id] bigint NOT NULL IDENTITY,
        [LabelStocktakeId] int NOT NULL,
        [StockUnitId] bigint NOT NULL,
        [Found] bit NOT NULL,
        CONSTRAINT [PK_LabelStocktakeLines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_LabelStocktakeLines_LabelStocktakes_LabelStocktakeId] FOREIGN KEY ([LabelStocktakeId]) REFERENCES [LabelStocktakes] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_LabelStocktakeLines_StockUnits_StockUnitId] FOREIGN KEY ([StockUnitId]) REFERENCES [StockUnits] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [Surgeries] (
        [Id] int NOT NULL IDENTITY,
        [No] nvarchar(40) NOT NULL,
        [PatientId] int NOT NULL,
        [EncounterNo] nvarchar(40) NOT NULL,
        [DepartmentId] int NOT NULL,
        [WarehouseId] int NOT NULL,
        [Operation] nvarchar(200) NOT NULL,
        [DrgGroup] nvarchar(20) NULL,
        [SurgeonId] int NOT NULL,
        [ScheduledUtc] datetime2 NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [SupplierId] int NULL,
        [RequestedBy] nvarchar(256) NULL,
        [RequestedUtc] datetime2 NULL,
        [DeliveredUtc] datetime2 NULL,
        [ConfirmedUtc] datetime2 NULL,
        [SurgeonSignedBy] nvarchar(256) NULL,
        [SurgeonSignedUtc] datetime2 NULL,
        [NurseSignedBy] nvarchar(256) NULL,
        [NurseSignedUtc] datetime2 NULL,
        [ClosedUtc] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Surgeries] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_Surgeries_DoubleSign] CHECK (SurgeonSignedBy IS NULL OR NurseSignedBy IS NULL OR SurgeonSignedBy <> NurseSignedBy),
        CONSTRAINT [FK_Surgeries_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Surgeries_Doctors_SurgeonId] FOREIGN KEY ([SurgeonId]) REFERENCES [Doctors] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Surgeries_Patients_PatientId] FOREIGN KEY ([PatientId]) REFERENCES [Patients] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Surgeries_Suppliers_SupplierId] FOREIGN KEY ([SupplierId]) REFERENCES [Suppliers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Surgeries_Warehouses_WarehouseId] FOREIGN KEY ([WarehouseId]) REFERENCES [Warehouses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [RequisitionLines] (
        [Id] bigint NOT NULL IDENTITY,
        [RequisitionId] int NOT NULL,
        [ItemId] int NOT NULL,
        [Quantity] int NOT NULL,
        [ApprovedQuantity] int NOT NULL,
        [DispatchedQuantity] int NOT NULL,
        [ReceivedQuantity] int NOT NULL,
        [ShortFlaggedUtc] datetime2 NULL,
        [CompletedUtc] datetime2 NULL,
        CONSTRAINT [PK_RequisitionLines] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_RequisitionLines_Quantity] CHECK (Quantity > 0 AND ApprovedQuantity >= 0 AND DispatchedQuantity >= 0 AND ReceivedQuantity >= 0),
        CONSTRAINT [CK_RequisitionLines_Received] CHECK (ReceivedQuantity <= DispatchedQuantity),
        CONSTRAINT [FK_RequisitionLines_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_RequisitionLines_Requisitions_RequisitionId] FOREIGN KEY ([RequisitionId]) REFERENCES [Requisitions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [SurgicalKitLines] (
        [Id] int NOT NULL IDENTITY,
        [SurgicalKitId] int NOT NULL,
        [ItemId] int NOT NULL,
        [Quantity] int NOT NULL,
        CONSTRAINT [PK_SurgicalKitLines] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_SurgicalKitLines_Quantity] CHECK (Quantity > 0),
        CONSTRAINT [FK_SurgicalKitLines_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SurgicalKitLines_SurgicalKits_SurgicalKitId] FOREIGN KEY ([SurgicalKitId]) REFERENCES [SurgicalKits] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [Dispatches] (
        [Id] int NOT NULL IDENTITY,
        [No] nvarchar(32) NOT NULL,
        [WaveId] int NULL,
        [RequisitionId] int NOT NULL,
        [DepartmentId] int NOT NULL,
        [FromWarehouseId] int NOT NULL,
        [ToWarehouseId] int NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [Priority] nvarchar(32) NOT NULL,
        [DueUtc] datetime2 NOT NULL,
        [OpenedUtc] datetime2 NOT NULL,
        [CheckedUtc] datetime2 NULL,
        [PrintedUtc] datetime2 NULL,
        [DispatchedUtc] datetime2 NULL,
        [Courier] nvarchar(100) NULL,
        [BoxCode] nvarchar(40) NULL,
        [ReceivedUtc] datetime2 NULL,
        [ReceivedBy] nvarchar(256) NULL,
        [ReceivedAtDispatch] bit NOT NULL,
        [SignedNoteReturnedUtc] datetime2 NULL,
        [SignedNoteReturnedBy] nvarchar(256) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Dispatches] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Dispatches_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Dispatches_Requisitions_RequisitionId] FOREIGN KEY ([RequisitionId]) REFERENCES [Requisitions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Dispatches_Warehouses_FromWarehouseId] FOREIGN KEY ([FromWarehouseId]) REFERENCES [Warehouses] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Dispatches_Warehouses_ToWarehouseId] FOREIGN KEY ([ToWarehouseId]) REFERENCES [Warehouses] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Dispatches_Waves_WaveId] FOREIGN KEY ([WaveId]) REFERENCES [Waves] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [HisOrders] (
        [Id] int NOT NULL IDENTITY,
        [OrderNo] nvarchar(40) NOT NULL,
        [PatientId] int NOT NULL,
        [EncounterNo] nvarchar(40) NOT NULL,
        [DepartmentId] int NOT NULL,
        [DoctorId] int NULL,
        [SurgeryId] int NULL,
        [Operation] nvarchar(200) NULL,
        [DrgGroup] nvarchar(20) NULL,
        [Source] nvarchar(32) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [OrderedUtc] datetime2 NOT NULL,
        [ChangedUtc] datetime2 NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_HisOrders] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_HisOrders_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_HisOrders_Doctors_DoctorId] FOREIGN KEY ([DoctorId]) REFERENCES [Doctors] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_HisOrders_Patients_PatientId] FOREIGN KEY ([PatientId]) REFERENCES [Patients] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_HisOrders_Surgeries_SurgeryId] FOREIGN KEY ([SurgeryId]) REFERENCES [Surgeries] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [LoanerSetLines] (
        [Id] bigint NOT NULL IDENTITY,
        [SurgeryId] int NOT NULL,
        [StockUnitId] bigint NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [ChangedUtc] datetime2 NULL,
        CONSTRAINT [PK_LoanerSetLines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_LoanerSetLines_StockUnits_StockUnitId] FOREIGN KEY ([StockUnitId]) REFERENCES [StockUnits] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_LoanerSetLines_Surgeries_SurgeryId] FOREIGN KEY ([SurgeryId]) REFERENCES [Surgeries] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [SurgeryRequestLines] (
        [Id] int NOT NULL IDENTITY,
        [SurgeryId] int NOT NULL,
        [ItemId] int NOT NULL,
        [Quantity] int NOT NULL,
        CONSTRAINT [PK_SurgeryRequestLines] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_SurgeryRequestLines_Quantity] CHECK (Quantity > 0),
        CONSTRAINT [FK_SurgeryRequestLines_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SurgeryRequestLines_Surgeries_SurgeryId] FOREIGN KEY ([SurgeryId]) REFERENCES [Surgeries] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [DepartmentReturns] (
        [Id] int NOT NULL IDENTITY,
        [No] nvarchar(32) NOT NULL,
        [DepartmentId] int NOT NULL,
        [WarehouseId] int NOT NULL,
        [Reason] nvarchar(32) NOT NULL,
        [Destination] nvarchar(32) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [DispatchId] int NULL,
        [SupplierId] int NULL,
        [Comment] nvarchar(500) NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [CreatedUtc] datetime2 NOT NULL,
        [AcceptedUtc] datetime2 NULL,
        [ReplacementDueUtc] datetime2 NULL,
        [ReplacedUtc] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_DepartmentReturns] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DepartmentReturns_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_DepartmentReturns_Dispatches_DispatchId] FOREIGN KEY ([DispatchId]) REFERENCES [Dispatches] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_DepartmentReturns_Suppliers_SupplierId] FOREIGN KEY ([SupplierId]) REFERENCES [Suppliers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_DepartmentReturns_Warehouses_WarehouseId] FOREIGN KEY ([WarehouseId]) REFERENCES [Warehouses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [DispatchLines] (
        [Id] bigint NOT NULL IDENTITY,
        [DispatchId] int NOT NULL,
        [RequisitionLineId] bigint NOT NULL,
        [ItemId] int NOT NULL,
        [LocationId] int NULL,
        [LotNumber] nvarchar(40) NOT NULL,
        [ExpiryDate] date NULL,
        [OwnerSupplierId] int NULL,
        [StockUnitId] bigint NULL,
        [Quantity] int NOT NULL,
        [UnitCost] decimal(18,4) NOT NULL,
        [CheckedUtc] datetime2 NULL,
        [SubstitutedItemId] int NULL,
        [ReceivedQuantity] int NOT NULL,
        CONSTRAINT [PK_DispatchLines] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_DispatchLines_Quantity] CHECK (Quantity > 0 AND ReceivedQuantity >= 0 AND ReceivedQuantity <= Quantity),
        CONSTRAINT [FK_DispatchLines_Dispatches_DispatchId] FOREIGN KEY ([DispatchId]) REFERENCES [Dispatches] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_DispatchLines_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_DispatchLines_Items_SubstitutedItemId] FOREIGN KEY ([SubstitutedItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_DispatchLines_Locations_LocationId] FOREIGN KEY ([LocationId]) REFERENCES [Locations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_DispatchLines_RequisitionLines_RequisitionLineId] FOREIGN KEY ([RequisitionLineId]) REFERENCES [RequisitionLines] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_DispatchLines_StockUnits_StockUnitId] FOREIGN KEY ([StockUnitId]) REFERENCES [StockUnits] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_DispatchLines_Suppliers_OwnerSupplierId] FOREIGN KEY ([OwnerSupplierId]) REFERENCES [Suppliers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [HisOrderLines] (
        [Id] bigint NOT NULL IDENTITY,
        [HisOrderId] int NOT NULL,
        [ItemId] int NOT NULL,
        [Quantity] int NOT NULL,
        [ConsumedQuantity] int NOT NULL,
        CONSTRAINT [PK_HisOrderLines] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_HisOrderLines_Quantity] CHECK (Quantity > 0 AND ConsumedQuantity >= 0),
        CONSTRAINT [FK_HisOrderLines_HisOrders_HisOrderId] FOREIGN KEY ([HisOrderId]) REFERENCES [HisOrders] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_HisOrderLines_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [DepartmentReturnLines] (
        [Id] bigint NOT NULL IDENTITY,
        [DepartmentReturnId] int NOT NULL,
        [ItemId] int NOT NULL,
        [LotNumber] nvarchar(40) NOT NULL,
        [OwnerSupplierId] int NULL,
        [StockUnitId] bigint NULL,
        [Quantity] int NOT NULL,
        CONSTRAINT [PK_DepartmentReturnLines] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_DepartmentReturnLines_Quantity] CHECK (Quantity > 0),
        CONSTRAINT [FK_DepartmentReturnLines_DepartmentReturns_DepartmentReturnId] FOREIGN KEY ([DepartmentReturnId]) REFERENCES [DepartmentReturns] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_DepartmentReturnLines_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_DepartmentReturnLines_StockUnits_StockUnitId] FOREIGN KEY ([StockUnitId]) REFERENCES [StockUnits] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [Consumptions] (
        [Id] bigint NOT NULL IDENTITY,
        [No] nvarchar(32) NOT NULL,
        [AtUtc] datetime2 NOT NULL,
        [DepartmentId] int NOT NULL,
        [WarehouseId] int NOT NULL,
        [ItemId] int NOT NULL,
        [LotNumber] nvarchar(40) NOT NULL,
        [ExpiryDate] date NULL,
        [Serial] nvarchar(40) NULL,
        [StockUnitId] bigint NULL,
        [Quantity] int NOT NULL,
        [UnitCost] decimal(18,4) NOT NULL,
        [OwnerSupplierId] int NULL,
        [PatientId] int NULL,
        [EncounterNo] nvarchar(40) NULL,
        [HisOrderLineId] bigint NULL,
        [DoctorId] int NULL,
        [SurgeryId] int NULL,
        [Operation] nvarchar(200) NULL,
        [DrgGroup] nvarchar(20) NULL,
        [UserName] nvarchar(256) NOT NULL,
        [DeviceId] nvarchar(64) NULL,
        [ScanId] nvarchar(64) NULL,
        [ReversedUtc] datetime2 NULL,
        CONSTRAINT [PK_Consumptions] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_Consumptions_Quantity] CHECK (Quantity > 0),
        CONSTRAINT [FK_Consumptions_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Consumptions_Doctors_DoctorId] FOREIGN KEY ([DoctorId]) REFERENCES [Doctors] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Consumptions_HisOrderLines_HisOrderLineId] FOREIGN KEY ([HisOrderLineId]) REFERENCES [HisOrderLines] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Consumptions_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Consumptions_Patients_PatientId] FOREIGN KEY ([PatientId]) REFERENCES [Patients] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Consumptions_StockUnits_StockUnitId] FOREIGN KEY ([StockUnitId]) REFERENCES [StockUnits] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Consumptions_Suppliers_OwnerSupplierId] FOREIGN KEY ([OwnerSupplierId]) REFERENCES [Suppliers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Consumptions_Surgeries_SurgeryId] FOREIGN KEY ([SurgeryId]) REFERENCES [Surgeries] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Consumptions_Warehouses_WarehouseId] FOREIGN KEY ([WarehouseId]) REFERENCES [Warehouses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [Charges] (
        [Id] bigint NOT NULL IDENTITY,
        [ConsumptionId] bigint NOT NULL,
        [PatientId] int NOT NULL,
        [EncounterNo] nvarchar(40) NOT NULL,
        [HisOrderLineId] bigint NULL,
        [ChargeCode] nvarchar(40) NOT NULL,
        [Quantity] int NOT NULL,
        [UnitPrice] decimal(18,4) NOT NULL,
        [Amount] decimal(18,4) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [CreatedUtc] datetime2 NOT NULL,
        [ReadyUtc] datetime2 NULL,
        [AcknowledgedUtc] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Charges] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_Charges_Quantity] CHECK (Quantity > 0),
        CONSTRAINT [FK_Charges_Consumptions_ConsumptionId] FOREIGN KEY ([ConsumptionId]) REFERENCES [Consumptions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Charges_Patients_PatientId] FOREIGN KEY ([PatientId]) REFERENCES [Patients] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [ScanEvents] (
        [Id] bigint NOT NULL IDENTITY,
        [ScanId] nvarchar(64) NOT NULL,
        [DeviceId] nvarchar(64) NULL,
        [Code] nvarchar(200) NOT NULL,
        [LocationCode] nvarchar(80) NULL,
        [PatientNo] nvarchar(40) NULL,
        [OrderNo] nvarchar(40) NULL,
        [UserName] nvarchar(256) NOT NULL,
        [ReceivedUtc] datetime2 NOT NULL,
        [Outcome] nvarchar(32) NOT NULL,
        [ConsumptionId] bigint NULL,
        [ErrorCode] nvarchar(64) NULL,
        [ErrorMessage] nvarchar(500) NULL,
        CONSTRAINT [PK_ScanEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ScanEvents_Consumptions_ConsumptionId] FOREIGN KEY ([ConsumptionId]) REFERENCES [Consumptions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE TABLE [SettlementLines] (
        [Id] bigint NOT NULL IDENTITY,
        [SupplierId] int NOT NULL,
        [ConsumptionId] bigint NOT NULL,
        [ItemId] int NOT NULL,
        [LotNumber] nvarchar(40) NOT NULL,
        [Quantity] int NOT NULL,
        [UnitPrice] decimal(18,4) NOT NULL,
        [Amount] decimal(18,4) NOT NULL,
        [AtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_SettlementLines] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_SettlementLines_Quantity] CHECK (Quantity > 0),
        CONSTRAINT [FK_SettlementLines_Consumptions_ConsumptionId] FOREIGN KEY ([ConsumptionId]) REFERENCES [Consumptions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SettlementLines_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SettlementLines_Suppliers_SupplierId] FOREIGN KEY ([SupplierId]) REFERENCES [Suppliers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_WorkflowSteps_RequisitionId] ON [WorkflowSteps] ([RequisitionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_StockUnits_DepartmentId_LabelStatus] ON [StockUnits] ([DepartmentId], [LabelStatus]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AssistantAssignments_DepartmentId_UserName] ON [AssistantAssignments] ([DepartmentId], [UserName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_AssistantAssignments_UserName] ON [AssistantAssignments] ([UserName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Charges_ConsumptionId] ON [Charges] ([ConsumptionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Charges_PatientId] ON [Charges] ([PatientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Charges_Status_ReadyUtc] ON [Charges] ([Status], [ReadyUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Consumptions_DepartmentId_AtUtc] ON [Consumptions] ([DepartmentId], [AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Consumptions_DoctorId] ON [Consumptions] ([DoctorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Consumptions_HisOrderLineId] ON [Consumptions] ([HisOrderLineId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Consumptions_ItemId_LotNumber] ON [Consumptions] ([ItemId], [LotNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Consumptions_No] ON [Consumptions] ([No]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Consumptions_OwnerSupplierId] ON [Consumptions] ([OwnerSupplierId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Consumptions_PatientId] ON [Consumptions] ([PatientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Consumptions_ScanId] ON [Consumptions] ([ScanId]) WHERE [ScanId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Consumptions_StockUnitId] ON [Consumptions] ([StockUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Consumptions_SurgeryId] ON [Consumptions] ([SurgeryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Consumptions_WarehouseId] ON [Consumptions] ([WarehouseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_DepartmentProblems_DepartmentId_Status] ON [DepartmentProblems] ([DepartmentId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_DepartmentQuotas_DepartmentId_Kind_ItemId] ON [DepartmentQuotas] ([DepartmentId], [Kind], [ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_DepartmentQuotas_ItemId] ON [DepartmentQuotas] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_DepartmentReturnLines_DepartmentReturnId] ON [DepartmentReturnLines] ([DepartmentReturnId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_DepartmentReturnLines_ItemId] ON [DepartmentReturnLines] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_DepartmentReturnLines_StockUnitId] ON [DepartmentReturnLines] ([StockUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_DepartmentReturns_DepartmentId_CreatedUtc] ON [DepartmentReturns] ([DepartmentId], [CreatedUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_DepartmentReturns_DispatchId] ON [DepartmentReturns] ([DispatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_DepartmentReturns_No] ON [DepartmentReturns] ([No]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_DepartmentReturns_Status] ON [DepartmentReturns] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_DepartmentReturns_SupplierId] ON [DepartmentReturns] ([SupplierId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_DepartmentReturns_WarehouseId] ON [DepartmentReturns] ([WarehouseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_DepartmentSupplies_DepartmentId] ON [DepartmentSupplies] ([DepartmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Dispatches_DepartmentId] ON [Dispatches] ([DepartmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Dispatches_FromWarehouseId_Status] ON [Dispatches] ([FromWarehouseId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Dispatches_No] ON [Dispatches] ([No]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Dispatches_RequisitionId] ON [Dispatches] ([RequisitionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Dispatches_ToWarehouseId_Status] ON [Dispatches] ([ToWarehouseId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Dispatches_WaveId] ON [Dispatches] ([WaveId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_DispatchLines_DispatchId] ON [DispatchLines] ([DispatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_DispatchLines_ItemId_LotNumber] ON [DispatchLines] ([ItemId], [LotNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_DispatchLines_LocationId] ON [DispatchLines] ([LocationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_DispatchLines_OwnerSupplierId] ON [DispatchLines] ([OwnerSupplierId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_DispatchLines_RequisitionLineId] ON [DispatchLines] ([RequisitionLineId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_DispatchLines_StockUnitId] ON [DispatchLines] ([StockUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_DispatchLines_SubstitutedItemId] ON [DispatchLines] ([SubstitutedItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Doctors_Code] ON [Doctors] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Doctors_DepartmentId] ON [Doctors] ([DepartmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Doctors_UserName] ON [Doctors] ([UserName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_FixedQuantityLimits_ItemId] ON [FixedQuantityLimits] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_FixedQuantityLimits_WarehouseId_ItemId] ON [FixedQuantityLimits] ([WarehouseId], [ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_HisOrderLines_HisOrderId_ItemId] ON [HisOrderLines] ([HisOrderId], [ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_HisOrderLines_ItemId] ON [HisOrderLines] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_HisOrders_DepartmentId] ON [HisOrders] ([DepartmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_HisOrders_DoctorId] ON [HisOrders] ([DoctorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_HisOrders_OrderNo] ON [HisOrders] ([OrderNo]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_HisOrders_PatientId_Status] ON [HisOrders] ([PatientId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_HisOrders_SurgeryId] ON [HisOrders] ([SurgeryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_LabelStocktakeLines_LabelStocktakeId_StockUnitId] ON [LabelStocktakeLines] ([LabelStocktakeId], [StockUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_LabelStocktakeLines_StockUnitId] ON [LabelStocktakeLines] ([StockUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_LabelStocktakes_DepartmentId] ON [LabelStocktakes] ([DepartmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_LabelStocktakes_No] ON [LabelStocktakes] ([No]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_LoanerSetLines_StockUnitId] ON [LoanerSetLines] ([StockUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_LoanerSetLines_SurgeryId_StockUnitId] ON [LoanerSetLines] ([SurgeryId], [StockUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Patients_PatientNo] ON [Patients] ([PatientNo]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_RequisitionLines_ItemId] ON [RequisitionLines] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_RequisitionLines_RequisitionId_ItemId] ON [RequisitionLines] ([RequisitionId], [ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Requisitions_DepartmentId_CreatedUtc] ON [Requisitions] ([DepartmentId], [CreatedUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Requisitions_No] ON [Requisitions] ([No]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Requisitions_SupplyingWarehouseId_Status] ON [Requisitions] ([SupplyingWarehouseId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Requisitions_WarehouseId] ON [Requisitions] ([WarehouseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_ScanEvents_ConsumptionId] ON [ScanEvents] ([ConsumptionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_ScanEvents_ReceivedUtc] ON [ScanEvents] ([ReceivedUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ScanEvents_ScanId] ON [ScanEvents] ([ScanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SettlementLines_ConsumptionId] ON [SettlementLines] ([ConsumptionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_SettlementLines_ItemId] ON [SettlementLines] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_SettlementLines_SupplierId_AtUtc] ON [SettlementLines] ([SupplierId], [AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Surgeries_DepartmentId] ON [Surgeries] ([DepartmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Surgeries_No] ON [Surgeries] ([No]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Surgeries_PatientId] ON [Surgeries] ([PatientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Surgeries_SupplierId] ON [Surgeries] ([SupplierId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Surgeries_SurgeonId] ON [Surgeries] ([SurgeonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Surgeries_WarehouseId_ScheduledUtc] ON [Surgeries] ([WarehouseId], [ScheduledUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_SurgeryRequestLines_ItemId] ON [SurgeryRequestLines] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SurgeryRequestLines_SurgeryId_ItemId] ON [SurgeryRequestLines] ([SurgeryId], [ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_SurgicalKitLines_ItemId] ON [SurgicalKitLines] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SurgicalKitLines_SurgicalKitId_ItemId] ON [SurgicalKitLines] ([SurgicalKitId], [ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SurgicalKits_Code] ON [SurgicalKits] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Waves_No] ON [Waves] ([No]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    CREATE INDEX [IX_Waves_WarehouseId_Status] ON [Waves] ([WarehouseId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    ALTER TABLE [WorkflowSteps] ADD CONSTRAINT [FK_WorkflowSteps_Requisitions_RequisitionId] FOREIGN KEY ([RequisitionId]) REFERENCES [Requisitions] ([Id]) ON DELETE CASCADE;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122214612_Departments'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122214612_Departments', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122220620_TraceFields'
)
BEGIN
    CREATE INDEX [IX_StockLedgerEntries_PatientId] ON [StockLedgerEntries] ([PatientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122220620_TraceFields'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122220620_TraceFields', N'10.0.14');
END;

COMMIT;
GO

